package dev.summit.app.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Opens a store in a child JVM that runs as this user but without the capabilities that let root
 * read any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH; setpriv is in util-linux, an essential
 * package). Root then meets a mode-000 file as every other user does, so the permission case runs
 * where the tests run: as root in CI. The child prints the problem's kind, then its message.
 */
final class OpenStoreWithoutRootsReadRights {
    private OpenStoreWithoutRootsReadRights() {
    }

    record Outcome(String kind, String message, boolean persistent) {
    }

    static Outcome open(Path storeDirectory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), OpenStoreWithoutRootsReadRights.class.getName(),
                storeDirectory.toString())).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("the child JVM failed: " + err);
        }
        List<String> lines = out.lines().toList();
        return new Outcome(lines.get(0), lines.get(1), Boolean.parseBoolean(lines.get(2)));
    }

    public static void main(String[] args) {
        OpenedStore opened = SummitStore.open(new StoreLocation(Path.of(args[0])));
        System.out.println(opened.problem().map(p -> p.kind().name()).orElse("NONE"));
        System.out.println(opened.problem().map(StoreProblem::message).orElse(""));
        try (SummitStore store = opened.store()) {
            System.out.println(store.persistent());
        }
    }
}
