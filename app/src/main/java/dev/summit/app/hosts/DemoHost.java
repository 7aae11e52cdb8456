package dev.summit.app.hosts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The built-in demo host: libvirt's test driver serving a committed XML of eight guests, so a new
 * user sees a working list before any libvirtd exists. The driver reads a file path, so the XML is
 * written next to the database (and rewritten only when the shipped copy changes).
 */
public final class DemoHost {
    public static final String DISPLAY_NAME = "Demo host";
    private static final String RESOURCE = "demo-host.xml";

    private DemoHost() {
    }

    /** Writes the XML into {@code dataDir} if needed and returns the test:// URI for it. */
    public static String uri(Path dataDir) {
        Path file = dataDir.resolve(RESOURCE);
        try (InputStream in = DemoHost.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo-host.xml is missing from the application");
            }
            byte[] shipped = in.readAllBytes();
            if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), shipped)) {
                Files.createDirectories(dataDir);
                Files.write(file, shipped);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the demo host file " + file, e);
        }
        return "test://" + file.toAbsolutePath();
    }

    public static boolean isDemo(String uri) {
        return uri.startsWith("test://") && uri.endsWith("/" + RESOURCE);
    }
}
