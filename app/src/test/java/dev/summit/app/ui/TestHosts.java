package dev.summit.app.ui;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** URIs of the committed test-driver files; each connection gets its own fresh state. */
final class TestHosts {
    private TestHosts() {
    }

    static String uri(String resource) {
        try {
            return "test://" + Path.of(TestHosts.class.getResource("/testdriver/" + resource).toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
