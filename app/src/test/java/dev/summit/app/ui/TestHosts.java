package dev.summit.app.ui;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** URIs of the committed test-driver files; each connection gets its own fresh state. */
public final class TestHosts {
    private TestHosts() {
    }

    public static String uri(String resource) {
        try {
            return "test://" + Path.of(TestHosts.class.getResource("/testdriver/" + resource).toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
