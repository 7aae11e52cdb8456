package dev.summit.connectors.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few qemu-img calls a backup and its restore need, on images on this machine: the qcow2
 * version of a disk, its upgrade to v3, and flattening a backup chain into one new image.
 */
final class QemuImg {
    private static final Pattern COMPAT = Pattern.compile("\"compat\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern FORMAT = Pattern.compile("\"format\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PERCENT = Pattern.compile("\\((\\d+(?:\\.\\d+)?)/100%\\)");

    private QemuImg() {
    }

    /** "1.1" (v3), "0.10" (v2), or null for an image that is not qcow2. {@code -U}: the guest may have it open. */
    static String qcow2Compat(Path image) throws IOException {
        String json = run(List.of("qemu-img", "info", "-U", "--output=json", image.toString()), null);
        Matcher format = FORMAT.matcher(json);
        if (!format.find() || !"qcow2".equals(format.group(1))) {
            return null;
        }
        Matcher compat = COMPAT.matcher(json);
        return compat.find() ? compat.group(1) : null;
    }

    /** Rewrites a shut-off guest's qcow2 v2 header as v3 in place; the data stays where it is. */
    static void upgradeToV3(Path image) throws IOException {
        run(List.of("qemu-img", "amend", "-f", "qcow2", "-o", "compat=1.1", image.toString()), null);
    }

    /**
     * Writes one new qcow2 v3 image with what {@code chain} (the full backup first, each
     * incremental one after) shows as a whole. The chain is described to qemu-img as JSON, so the
     * backup images themselves are only read, never rebased.
     */
    static void flatten(List<Path> chain, Path output, DoubleConsumer fraction) throws IOException {
        List<String> command = new ArrayList<>(List.of("qemu-img", "convert", "-p", "-O", "qcow2",
                "-o", "compat=1.1,lazy_refcounts=on", chainSpec(chain), output.toString()));
        run(command, fraction);
    }

    static String chainSpec(List<Path> chain) {
        String spec = null;
        for (Path image : chain) {
            String file = "{\"driver\":\"file\",\"filename\":" + quoted(image.toAbsolutePath().toString()) + "}";
            spec = "{\"driver\":\"qcow2\",\"file\":" + file + (spec == null ? "" : ",\"backing\":" + spec) + "}";
        }
        return "json:" + spec;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String run(List<String> command, DoubleConsumer fraction) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (var in = process.getInputStream()) {
            byte[] buffer = new byte[4096];
            int n;
            while ((n = in.read(buffer)) > 0) {
                String chunk = new String(buffer, 0, n, StandardCharsets.UTF_8);
                output.append(chunk);
                if (fraction != null) {
                    Matcher percent = PERCENT.matcher(chunk);
                    while (percent.find()) {
                        fraction.accept(Double.parseDouble(percent.group(1)) / 100);
                    }
                }
            }
        }
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroy();
                String text = PERCENT.matcher(output).replaceAll("").strip();
                throw new IOException("qemu-img " + command.get(1) + " failed: " + text);
            }
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("qemu-img " + command.get(1) + " was interrupted", e);
        }
        return output.toString();
    }
}
