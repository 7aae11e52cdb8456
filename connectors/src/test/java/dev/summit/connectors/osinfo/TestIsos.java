package dev.summit.connectors.osinfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Makes small real ISO-9660 images with xorriso (a test package), carrying chosen identifiers. */
public final class TestIsos {
    private TestIsos() {
    }

    /** A ~400 KB ISO in {@code dir} whose volume id (≤ 32 chars) and system id are the given ones. */
    public static Path make(Path dir, String volumeId, String systemId) throws IOException, InterruptedException {
        Path content = Files.createTempDirectory(dir, "iso-content");
        Files.writeString(content.resolve("README"), "made by Summit's tests\n");
        Path iso = dir.resolve(volumeId.replaceAll("[^A-Za-z0-9.-]", "_") + ".iso");
        Process xorriso = new ProcessBuilder(List.of("xorriso", "-as", "mkisofs", "-V", volumeId, "-sysid", systemId,
                "-o", iso.toString(), content.toString())).redirectErrorStream(true).start();
        String output = new String(xorriso.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!xorriso.waitFor(60, TimeUnit.SECONDS) || xorriso.exitValue() != 0) {
            throw new IOException("xorriso failed: " + output);
        }
        return iso;
    }
}
