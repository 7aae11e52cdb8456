package dev.summit.app.console;

import dev.summit.console.rfb.security.x509.CertificateQuestion;
import dev.summit.console.rfb.security.x509.TrustAnswer;
import dev.summit.console.rfb.security.x509.UnverifiedCertificate;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks, as ssh does about an unknown host key, whether to trust a VNC server's certificate no CA
 * signed: Accept Once, Always Accept, or Cancel. A changed certificate gets the loud form with Cancel
 * as the default. The console's reader thread waits here while the dialog runs on the FX thread.
 *
 * <p>A Cancel is kept for this run of Summit: the console retries a lost connection on its own, and
 * asking again every few seconds would wear the user down into clicking Accept.
 */
public final class CertificateDialog implements CertificateQuestion {
    private static final Logger LOG = LoggerFactory.getLogger(CertificateDialog.class);
    static final ButtonType ALWAYS = new ButtonType("Always Accept", ButtonBar.ButtonData.YES);
    static final ButtonType ONCE = new ButtonType("Accept Once", ButtonBar.ButtonData.OTHER);
    public static final String FINGERPRINT_ID = "certificate-fingerprint";
    public static final String WARNING_ID = "certificate-warning";

    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    @Override
    public TrustAnswer ask(UnverifiedCertificate certificate) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the certificate question waits for the user; ask from a connection's thread");
        }
        String key = certificate.endpoint() + " " + certificate.certificate().fingerprint();
        if (refused.contains(key)) {
            return TrustAnswer.REFUSE;
        }
        CompletableFuture<TrustAnswer> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(show(CertificatePrompt.of(certificate, Instant.now())));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        TrustAnswer chosen;
        try {
            chosen = answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            chosen = TrustAnswer.REFUSE;
        } catch (ExecutionException e) {
            LOG.warn("the certificate question failed: {}", e.getCause().toString());
            chosen = TrustAnswer.REFUSE;
        }
        if (chosen == TrustAnswer.REFUSE) {
            refused.add(key);
        }
        return chosen;
    }

    private static TrustAnswer show(CertificatePrompt prompt) {
        Alert alert = new Alert(prompt.changed() ? Alert.AlertType.ERROR : Alert.AlertType.WARNING, "", ALWAYS, ONCE,
                ButtonType.CANCEL);
        alert.setTitle(prompt.title());
        alert.setHeaderText(prompt.header());
        alert.getDialogPane().setContent(content(prompt));
        alert.getDialogPane().setPrefWidth(1000);
        alert.setResizable(true);
        if (prompt.changed()) {
            // The loud case: Enter must not accept a certificate that replaced a known one.
            ((Button) alert.getDialogPane().lookupButton(ALWAYS)).setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        }
        ButtonType chosen = alert.showAndWait().orElse(ButtonType.CANCEL);
        return chosen == ALWAYS ? TrustAnswer.ACCEPT_ALWAYS : chosen == ONCE ? TrustAnswer.ACCEPT_ONCE : TrustAnswer.REFUSE;
    }

    private static VBox content(CertificatePrompt prompt) {
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        int row = 0;
        for (CertificatePrompt.Row fact : prompt.rows()) {
            Label label = new Label(fact.label() + ":");
            label.setStyle("-fx-font-weight: bold");
            label.setMinWidth(Region.USE_PREF_SIZE);
            // Selectable text, so the user can copy the fingerprint to compare it.
            TextField value = new TextField(fact.value());
            value.setEditable(false);
            value.setPrefColumnCount(70);
            if (row == 0) {
                value.setId(FINGERPRINT_ID);
                value.setStyle("-fx-font-family: monospace");
            }
            facts.addRow(row++, label, value);
        }
        VBox box = new VBox(12);
        if (!prompt.warning().isEmpty()) {
            Label warning = new Label(prompt.warning());
            warning.setId(WARNING_ID);
            warning.setWrapText(true);
            warning.setMaxWidth(960);
            warning.getStyleClass().add("problem");
            warning.setStyle("-fx-font-weight: bold");
            box.getChildren().add(warning);
        }
        Label advice = new Label(prompt.advice());
        advice.setWrapText(true);
        advice.setMaxWidth(960);
        box.getChildren().addAll(facts, advice);
        return box;
    }
}
