package dev.summit.connectors.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * URIs of the committed test-driver XML files under {@code /testdriver/} on the test class path (each
 * connection gets its own fresh state). The one place every module's tests build a {@code test://} URI.
 */
public final class TestDriverHosts {
    private TestDriverHosts() {
    }

    public static String uri(String resource) {
        URL url = TestDriverHosts.class.getResource("/testdriver/" + resource);
        if (url == null) {
            throw new IllegalStateException("/testdriver/" + resource + " is not on the test class path");
        }
        try {
            return "test://" + Path.of(url.toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
