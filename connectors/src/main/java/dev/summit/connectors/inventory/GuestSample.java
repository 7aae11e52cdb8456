package dev.summit.connectors.inventory;

import java.util.Objects;

/**
 * One guest as a bulk stats sample saw it.
 *
 * @param uuid         libvirt's UUID string
 * @param name         the domain name
 * @param state        from "state.state"; {@link GuestState#NO_STATE} when the state group was not asked for
 * @param vcpus        "vcpu.current", 0 when not reported
 * @param maxMemoryKiB "balloon.maximum", 0 when not reported
 * @param point        the figures the guest's graphs plot; {@link StatsPoint#NONE} for an inactive guest
 */
public record GuestSample(String uuid, String name, GuestState state, int vcpus, long maxMemoryKiB,
                          StatsPoint point) {
    public GuestSample {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(point, "point");
    }

    /** Rates since the previous sample as the list shows them; {@link GuestStats#NONE} for an inactive guest. */
    public GuestStats stats() {
        return point.listStats();
    }
}
