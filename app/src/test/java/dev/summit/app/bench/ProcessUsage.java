package dev.summit.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of a process, read from /proc. Both apps are read the same way, so
 * the JVM measuring itself and the JVM measuring virt-manager use one clock and one definition.
 *
 * @param cpuSeconds user + system CPU time since the process started (all its threads)
 * @param rssKiB     resident set size now
 */
public record ProcessUsage(double cpuSeconds, long rssKiB) {
    // /proc/<pid>/stat counts in USER_HZ ticks, which the kernel fixes at 100 for user space on
    // every architecture Summit runs on (CONFIG_HZ may differ; USER_HZ does not).
    private static final double TICKS_PER_SECOND = 100.0;
    private static final ProcessUsage NONE = new ProcessUsage(0, 0);

    /** The process {@code pid} alone. */
    public static ProcessUsage of(long pid) throws IOException {
        Path proc = Path.of("/proc", Long.toString(pid));
        String stat = Files.readString(proc.resolve("stat"));
        // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // fields 14 and 15: utime, stime
        return new ProcessUsage(ticks / TICKS_PER_SECOND, rssKiB(proc.resolve("status")));
    }

    /**
     * {@code root} and its descendants alive now. A descendant that exits between two readings
     * takes its CPU time with it; virt-manager starts none while idle, so this does not arise.
     */
    public static ProcessUsage ofTree(ProcessHandle root) throws IOException {
        ProcessUsage total = of(root.pid());
        try (Stream<ProcessHandle> children = root.descendants()) {
            for (ProcessHandle child : children.toList()) {
                total = total.plus(ofIfAlive(child.pid()));
            }
        }
        return total;
    }

    /** CPU seconds used since {@code earlier}, a reading of the same process. */
    public double cpuSecondsSince(ProcessUsage earlier) {
        return cpuSeconds - earlier.cpuSeconds;
    }

    public double rssMiB() {
        return rssKiB / 1024.0;
    }

    private ProcessUsage plus(ProcessUsage other) {
        return new ProcessUsage(cpuSeconds + other.cpuSeconds, rssKiB + other.rssKiB);
    }

    /** A descendant may exit while the tree is walked; it then counts as nothing. */
    private static ProcessUsage ofIfAlive(long pid) throws IOException {
        try {
            return of(pid);
        } catch (NoSuchFileException e) {
            return NONE;
        }
    }

    private static long rssKiB(Path status) throws IOException {
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.substring("VmRSS:".length()).replace("kB", "").strip());
            }
        }
        return 0; // a zombie has no VmRSS line
    }
}
