package dev.summit.app.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Summit's version and what it ships, read from {@code shipped.properties}, which the build fills
 * with the versions pinned in the parent pom, so the list cannot drift from what is packaged.
 */
public record ShippedComponents(String summitVersion, String summitLicence, List<ShippedComponent> components) {
    private static final String RESOURCE = "/dev/summit/app/about/shipped.properties";

    public ShippedComponents {
        components = List.copyOf(components);
    }

    public static ShippedComponents load() {
        Properties properties = new Properties();
        try (InputStream in = ShippedComponents.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ShippedComponent> list = new ArrayList<>();
        // The Java runtime is linked into the package too: name it with the version actually running.
        list.add(new ShippedComponent("OpenJDK runtime", System.getProperty("java.runtime.version", "?"),
                "GPL-2.0 with Classpath Exception", "https://openjdk.org", List.of()));
        for (String key : properties.getProperty("components", "").split(",")) {
            String[] fields = properties.getProperty(key.strip(), "").split("\\|");
            if (fields.length == 5) {
                list.add(new ShippedComponent(fields[0], fields[1], fields[2], fields[3],
                        List.of(fields[4].split(","))));
            }
        }
        return new ShippedComponents(properties.getProperty("summit.version", "?"),
                properties.getProperty("summit.licence", "?"), list);
    }
}
