package dev.summit.connectors.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** URIs of the committed test-driver XML files (each connection gets its own fresh state). */
public final class TestDriverHosts {
    private TestDriverHosts() {
    }

    public static String uri(String resource) {
        try {
            Path path = Path.of(TestDriverHosts.class.getResource("/testdriver/" + resource).toURI());
            return "test://" + path.toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
