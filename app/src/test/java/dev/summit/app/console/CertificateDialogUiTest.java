package dev.summit.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.store.SummitStore;
import dev.summit.app.theme.ThemeApplier;
import dev.summit.app.ui.FxWindows;
import dev.summit.console.rfb.io.RfbTransport;
import dev.summit.console.rfb.protocol.RfbClient;
import dev.summit.console.rfb.protocol.RfbListener;
import dev.summit.console.rfb.protocol.RfbOptions;
import dev.summit.console.rfb.security.TlsOptions;
import dev.summit.console.rfb.security.x509.FirstUseTrust;
import dev.summit.console.rfb.security.x509.PresentedCertificate;
import dev.summit.console.rfb.security.x509.TlsPeer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The certificate question as a user meets it: a real Xvnc offering VeNCrypt X509None with a
 * self-signed certificate openssl made; the console asks, "Always Accept" lets the screen in and is
 * remembered in the store, so the next connection does not ask; a changed certificate gets the loud
 * dialog, where Enter cancels. Pictures in light and dark for a person.
 */
@Tag("peer")
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CertificateDialogUiTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final ThemeApplier theme = new ThemeApplier();
    private SummitStore store;
    private Process xvnc;

    @Start
    void start(Stage stage) {
        theme.install();
        stage.setScene(new Scene(new StackPane(new Label("console")), 200, 100));
        stage.show();
        store = SummitStore.inMemory();
    }

    @AfterEach
    void stop() throws Exception {
        if (xvnc != null) {
            xvnc.destroy();
            xvnc.waitFor(5, TimeUnit.SECONDS);
        }
        WaitForAsyncUtils.asyncFx(theme::uninstall);
        store.close();
    }

    @Test
    void anUnknownCertificateIsAskedAboutAndAlwaysIsRemembered() throws Exception {
        int port = startXvnc();
        String fingerprint = fingerprint();
        RememberedCertificates remembered = new RememberedCertificates(store.preferences());
        FirstUseTrust trust = new FirstUseTrust(remembered, new CertificateDialog());
        TlsPeer peer = new TlsPeer("localhost", port);

        Connection first = Connection.open(port, peer, trust);
        Node dialog = FxWindows.awaitWindow(robot, "Unknown VNC certificate");
        assertThat(FxWindows.onFx(() -> ((TextField) dialog.lookup("#" + CertificateDialog.FINGERPRINT_ID)).getText()))
                .isEqualTo(fingerprint);
        assertThat(FxWindows.onFx(() -> dialog.lookup("#" + CertificateDialog.WARNING_ID))).isNull();
        picture("certificate-unknown-light");
        robot.clickOn("Always Accept");
        first.awaitFrame();
        first.close();
        assertThat(remembered.fingerprint(peer.endpoint())).contains(fingerprint);

        Connection second = Connection.open(port, peer, trust);
        second.awaitFrame();
        assertThat(FxWindows.onFx(() -> robot.listTargetWindows().stream()
                .anyMatch(w -> w instanceof Stage s && s.isShowing() && s.getTitle() != null && s.getTitle().contains("certificate"))))
                .as("a remembered certificate is not asked about again").isFalse();
        second.close();
    }

    @Test
    void aChangedCertificateWarnsLoudlyAndEnterCancels() throws Exception {
        int port = startXvnc();
        TlsPeer peer = new TlsPeer("localhost", port);
        RememberedCertificates remembered = new RememberedCertificates(store.preferences());
        PresentedCertificate before = new PresentedCertificate("00:11:22", "CN=localhost", "CN=localhost", Instant.EPOCH,
                Instant.EPOCH, List.of("localhost"));
        remembered.remember(peer.endpoint(), before);
        WaitForAsyncUtils.asyncFx(() -> theme.darkProperty().set(true)).get(5, TimeUnit.SECONDS);

        Connection connection = Connection.open(port, peer, new FirstUseTrust(remembered, new CertificateDialog()));
        Node dialog = FxWindows.awaitWindow(robot, "VNC certificate changed");
        assertThat(FxWindows.onFx(() -> ((Label) dialog.lookup("#" + CertificateDialog.WARNING_ID)).getText()))
                .contains("WARNING").contains("different certificate");
        picture("certificate-changed-dark");
        robot.type(KeyCode.ENTER);
        assertThat(connection.disconnected.get(20, TimeUnit.SECONDS)).contains("DIFFERENT certificate").contains(fingerprint());
        assertThat(connection.frame).as("no screen from a refused server").isCompletedExceptionally();
        assertThat(remembered.fingerprint(peer.endpoint())).as("the old fingerprint stays").contains("00:11:22");
    }

    /** A picture once a few frames have been drawn since the dialog appeared: a new window paints late. */
    private static void picture(String name) throws Exception {
        CompletableFuture<Void> drawn = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 60) {
                    stop();
                    drawn.complete(null);
                }
            }
        }.start());
        drawn.get(10, TimeUnit.SECONDS);
        FxWindows.screenshot(name);
    }

    private int startXvnc() throws Exception {
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost", "-keyout", key.toString(), "-out", cert.toString());
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        int display = 100 + (int) (ProcessHandle.current().pid() % 400);
        while (Files.exists(Path.of("/tmp/.X11-unix/X" + display)) || Files.exists(Path.of("/tmp/.X" + display + "-lock"))) {
            display++;
        }
        xvnc = new ProcessBuilder("Xvnc", ":" + display, "-geometry", "320x240", "-depth", "24", "-rfbport", Integer.toString(port),
                "-interface", "127.0.0.1", "-nolisten", "tcp", "-AlwaysShared", "-SecurityTypes", "X509None",
                "-X509Cert", cert.toString(), "-X509Key", key.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("xvnc.log").toFile()).start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException e) {
                return false;
            }
        });
        return port;
    }

    private String fingerprint() throws Exception {
        String out = run("openssl", "x509", "-noout", "-fingerprint", "-sha256", "-in", dir.resolve("cert.pem").toString());
        return out.substring(out.indexOf('=') + 1).strip();
    }

    private String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("%s: %s", String.join(" ", command), out).isZero();
        return out;
    }

    /** One console connection over TCP, with the first frame and the end as futures. */
    private static final class Connection implements RfbListener {
        final CompletableFuture<Void> frame = new CompletableFuture<>();
        final CompletableFuture<String> disconnected = new CompletableFuture<>();
        private RfbClient client;

        static Connection open(int port, TlsPeer peer, FirstUseTrust trust) throws IOException {
            Socket socket = new Socket("127.0.0.1", port);
            Connection connection = new Connection();
            TlsOptions tls = TlsOptions.JDK_TRUST_STORE.withPeer(peer).withFirstUse(trust);
            connection.client = new RfbClient(new RfbTransport() {
                @Override
                public InputStream input() throws IOException {
                    return socket.getInputStream();
                }

                @Override
                public OutputStream output() throws IOException {
                    return socket.getOutputStream();
                }

                @Override
                public String description() {
                    return "TCP " + port;
                }

                @Override
                public void close() throws IOException {
                    socket.close();
                }
            }, RfbOptions.defaults().withTls(tls), connection);
            connection.client.start();
            return connection;
        }

        @Override
        public void frameCompleted() {
            frame.complete(null);
        }

        @Override
        public void disconnected(String reason) {
            disconnected.complete(reason);
            frame.completeExceptionally(new AssertionError("disconnected: " + reason));
        }

        void awaitFrame() throws Exception {
            frame.get(30, TimeUnit.SECONDS);
        }

        void close() {
            client.close();
        }
    }
}
