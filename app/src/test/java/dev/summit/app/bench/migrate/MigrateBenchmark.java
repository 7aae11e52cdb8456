package dev.summit.app.bench.migrate;

import dev.summit.connectors.migrate.GuestsInMigration;
import dev.summit.connectors.migrate.Migration;
import dev.summit.connectors.migrate.MigrationListener;
import dev.summit.connectors.migrate.MigrationOutcome;
import dev.summit.connectors.migrate.MigrationRequest;
import dev.summit.connectors.ops.CancelSignal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One guest on the two-host fixture, moved live back and forth: by Summit's {@link Migration} (as
 * the window and `summit migrate` do) and by `virsh migrate --live --persistent --undefinesource`
 * (the same flags Summit uses). The two take turns, and each alternates direction, so neither
 * always gets the warm direction; one move each before them is not counted. Job time and
 * downtime come from libvirt's completed-job figures on the destination for both.
 */
public final class MigrateBenchmark {
    /** One migration's figures, milliseconds. */
    public record Sample(long wallMs, long jobMs, long downtimeMs) {
    }

    public record Result(List<Sample> summit, List<Sample> virsh) {
    }

    private final String uriA;
    private final String uriB;
    private final String guest;
    private final Consumer<String> log;

    public MigrateBenchmark(String uriA, String uriB, String guest, Consumer<String> log) {
        this.uriA = uriA;
        this.uriB = uriB;
        this.guest = guest;
        this.log = log;
    }

    public Result run(int runs) throws IOException, InterruptedException {
        List<Sample> summit = new ArrayList<>();
        List<Sample> virsh = new ArrayList<>();
        String uuid = virsh(uriA, "domuuid", guest).strip();
        // One move each first, not counted: Summit's first loads classes and libvirt through JNA,
        // which a running window has long done.
        summit(uuid, uriA, uriB);
        virshMigrate(uriB, uriA);
        String here = uriA;
        String there = uriB;
        for (int round = 0; round < runs * 2; round++) {
            boolean ours = (round % 2 == 0) == (round % 4 < 2);
            Sample sample = ours ? summit(uuid, here, there) : virshMigrate(here, there);
            (ours ? summit : virsh).add(sample);
            log.accept((ours ? "summit" : "virsh ") + " " + name(here) + "→" + name(there) + ": wall " + sample.wallMs()
                    + " ms, job " + sample.jobMs() + " ms, downtime " + sample.downtimeMs() + " ms");
            String swap = here;
            here = there;
            there = swap;
        }
        return new Result(summit, virsh);
    }

    private String name(String uri) {
        return uri.equals(uriA) ? "hostA" : "hostB";
    }

    private Sample summit(String uuid, String from, String to) {
        long start = System.nanoTime();
        MigrationOutcome outcome = new Migration(MigrationRequest.live(from, uuid, to), new GuestsInMigration())
                .run(MigrationListener.IGNORE, new CancelSignal(), false);
        long wall = (System.nanoTime() - start) / 1_000_000;
        if (!outcome.moved()) {
            throw new IllegalStateException(outcome.message());
        }
        return new Sample(wall, outcome.jobMs(), outcome.downtimeMs());
    }

    private Sample virshMigrate(String from, String to) throws IOException, InterruptedException {
        long start = System.nanoTime();
        virsh(from, "migrate", "--live", "--persistent", "--undefinesource", guest, to);
        long wall = (System.nanoTime() - start) / 1_000_000;
        String info = virsh(to, "domjobinfo", "--completed", guest);
        return new Sample(wall, field(info, "Time elapsed:"), field(info, "Total downtime:"));
    }

    private static long field(String info, String name) {
        for (String line : info.split("\n")) {
            if (line.startsWith(name)) {
                return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
            }
        }
        return -1;
    }

    static String virsh(String uri, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("virsh", "-q", "-c", uri));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + out.strip());
        }
        return out;
    }

    public static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
