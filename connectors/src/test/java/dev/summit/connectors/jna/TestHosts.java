package dev.summit.connectors.jna;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Opens the committed test-driver host: each connection gets its own private copy of its state. */
final class TestHosts {
    static final String STATS_HOST = "/testdriver/stats-host.xml";

    private TestHosts() {
    }

    static String statsHostUri() {
        URL resource = TestHosts.class.getResource(STATS_HOST);
        if (resource == null) {
            throw new IllegalStateException(STATS_HOST + " is not on the test class path");
        }
        try {
            return "test://" + Path.of(resource.toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
