package dev.summit.connectors.edit.device;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A set of host CPUs in libvirt's cpuset syntax: "0-2,5", where "^1" takes a CPU out again
 * ("0-3,^1" is 0, 2 and 3). Always printed in its shortest plain form, without exclusions.
 *
 * @param cpus the CPUs, bit n for CPU n; never empty
 */
public record CpuSet(BitSet cpus) {
    /** Generous: libvirt's own limit on CPU numbers (VIR_DOMAIN_CPUMASK_LEN). */
    private static final int MAX_CPU = 16384;

    public CpuSet {
        cpus = (BitSet) cpus.clone();
        if (cpus.isEmpty()) {
            throw new IllegalArgumentException("a CPU set needs at least one CPU");
        }
    }

    public static CpuSet of(int... cpus) {
        BitSet bits = new BitSet();
        for (int cpu : cpus) {
            bits.set(cpu);
        }
        return new CpuSet(bits);
    }

    /** Parses "0-2,5,^1"; fails with a sentence naming the part it does not understand. */
    public static CpuSet parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Give at least one CPU, e.g. \"0-2,5\".");
        }
        BitSet included = new BitSet();
        BitSet excluded = new BitSet();
        for (String raw : text.split(",", -1)) {
            String part = raw.strip();
            boolean exclude = part.startsWith("^");
            String range = exclude ? part.substring(1).strip() : part;
            int dash = range.indexOf('-');
            int first = number(dash < 0 ? range : range.substring(0, dash), part, text);
            int last = dash < 0 ? first : number(range.substring(dash + 1), part, text);
            if (last < first) {
                throw new IllegalArgumentException("\"" + part + "\" in CPU set \"" + text + "\" runs backwards.");
            }
            (exclude ? excluded : included).set(first, last + 1);
        }
        included.andNot(excluded);
        if (included.isEmpty()) {
            throw new IllegalArgumentException("CPU set \"" + text + "\" leaves no CPU.");
        }
        return new CpuSet(included);
    }

    private static int number(String digits, String part, String text) {
        String trimmed = digits.strip();
        if (!trimmed.matches("[0-9]{1,5}") || Integer.parseInt(trimmed) >= MAX_CPU) {
            throw new IllegalArgumentException("\"" + part + "\" in CPU set \"" + text
                    + "\" is not a CPU number or a range like 0-3.");
        }
        return Integer.parseInt(trimmed);
    }

    /** A copy: the set itself never changes. */
    @Override
    public BitSet cpus() {
        return (BitSet) cpus.clone();
    }

    /** The highest CPU in the set. */
    public int highest() {
        return cpus.length() - 1;
    }

    public boolean contains(int cpu) {
        return cpus.get(cpu);
    }

    public List<Integer> list() {
        return cpus.stream().boxed().toList();
    }

    /** libvirt's cpumap for {@code hostCpus} CPUs: CPU n is bit n % 8 of byte n / 8. */
    public byte[] cpumap(int hostCpus) {
        byte[] map = new byte[(Math.max(hostCpus, cpus.length()) + 7) / 8];
        cpus.stream().forEach(cpu -> map[cpu / 8] |= (byte) (1 << (cpu % 8)));
        return map;
    }

    /** Every CPU of a host with {@code hostCpus} CPUs: what an unpinned vCPU may run on. */
    public static CpuSet allOf(int hostCpus) {
        BitSet bits = new BitSet();
        bits.set(0, hostCpus);
        return new CpuSet(bits);
    }

    /** "0-2,5": consecutive CPUs as ranges, as libvirt prints them. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        int start = cpus.nextSetBit(0);
        while (start >= 0) {
            int end = cpus.nextClearBit(start) - 1;
            if (end == start) {
                parts.add(Integer.toString(start));
            } else {
                parts.add(start + "-" + end);
            }
            start = cpus.nextSetBit(end + 1);
        }
        return String.join(",", parts);
    }
}
