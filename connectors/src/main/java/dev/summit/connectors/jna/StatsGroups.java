package dev.summit.connectors.jna;

/** The stat groups of libvirt's {@code virDomainStatsTypes} that Summit asks for. */
public final class StatsGroups {
    public static final int STATE = 1;
    public static final int CPU_TOTAL = 1 << 1;
    public static final int BALLOON = 1 << 2;
    public static final int VCPU = 1 << 3;
    public static final int INTERFACE = 1 << 4;
    public static final int BLOCK = 1 << 5;

    /** What the guest list shows: state, CPU, memory, disk and network rates. */
    public static final int LIST = STATE | CPU_TOTAL | BALLOON | VCPU | INTERFACE | BLOCK;

    private StatsGroups() {
    }
}
