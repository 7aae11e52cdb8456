package dev.summit.connectors.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An installed Debian cloud kernel (linux-image-cloud-amd64) with its modules.
 *
 * @param version e.g. "6.1.0-57-cloud-amd64"
 * @param image   /boot/vmlinuz-{version}
 * @param modules /lib/modules/{version}
 */
record TinyKernel(String version, Path image, Path modules) {
    /** The newest installed cloud kernel whose modules are present. */
    static TinyKernel installed() throws IOException {
        try (Stream<Path> boot = Files.list(Path.of("/boot"))) {
            return boot.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("vmlinuz-") && n.endsWith("-cloud-amd64"))
                    .map(n -> n.substring("vmlinuz-".length()))
                    .filter(v -> Files.isRegularFile(Path.of("/lib/modules", v, "modules.dep")))
                    .max(Comparator.comparing(TinyKernel::versionKey))
                    .map(v -> new TinyKernel(v, Path.of("/boot/vmlinuz-" + v), Path.of("/lib/modules", v)))
                    .orElseThrow(() -> new IllegalStateException(
                            "no cloud kernel in /boot with its modules: install linux-image-cloud-amd64 (run-tests does)"));
        }
    }

    /** "6.1.0-57" sorts after "6.1.0-9": compare the numbers, not the text. */
    private static String versionKey(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("[.-]")) {
            key.append(part.matches("\\d+") ? String.format("%08d", Integer.parseInt(part)) : part).append('.');
        }
        return key.toString();
    }
}
