package dev.summit.app.console;

import dev.summit.connectors.tunnel.HostKeyAnswer;
import dev.summit.connectors.tunnel.HostKeyQuestion;
import dev.summit.connectors.tunnel.UnknownHostKey;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Asks, as ssh does on first contact, whether to trust a host key known_hosts does not list. The
 * SSH handshake waits on its own thread; the dialog runs on the FX thread and completes the answer.
 */
public final class HostKeyDialog implements HostKeyQuestion {
    static final ButtonType REMEMBER = new ButtonType("Trust and Remember", ButtonBar.ButtonData.YES);
    static final ButtonType ONCE = new ButtonType("Trust This Time", ButtonBar.ButtonData.OTHER);

    @Override
    public CompletionStage<HostKeyAnswer> ask(UnknownHostKey key) {
        CompletableFuture<HostKeyAnswer> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", REMEMBER, ONCE, ButtonType.CANCEL);
            alert.setTitle("Unknown SSH host key");
            alert.setHeaderText("Summit has not seen " + key.host() + " before");
            alert.setContentText((key.otherTypesKnown()
                    ? "Summit knows other keys of this host, but not this " + key.keyType() + " key.\n"
                    : "")
                    + "Its " + key.keyType() + " key fingerprint is\n" + key.fingerprint()
                    + "\n\nCompare it with the host's own (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) before trusting it."
                    + " Remembering adds it to " + key.knownHosts() + ".");
            ButtonType chosen = alert.showAndWait().orElse(ButtonType.CANCEL);
            answer.complete(chosen == REMEMBER ? HostKeyAnswer.ACCEPT_AND_REMEMBER
                    : chosen == ONCE ? HostKeyAnswer.ACCEPT_ONCE : HostKeyAnswer.REFUSE);
        });
        return answer;
    }
}
