package dev.summit.connectors.inventory;

import java.util.Objects;

/**
 * One guest as the list shows it: an immutable value, replaced whole when anything changes.
 *
 * @param uuid          libvirt's UUID string, the guest's identity on its host
 * @param name          the domain name
 * @param state         what it is doing
 * @param managedSave   a saved-to-disk image exists; starting restores it
 * @param autostart     the host starts this guest when it boots
 * @param stats         latest rates (zero until two samples exist)
 * @param template      a shut-off guest marked as a template: never started, only cloned
 */
public record GuestSummary(String uuid, String name, GuestState state, GuestSizing sizing, boolean managedSave,
                           boolean autostart, GuestStats stats, boolean template) {
    public GuestSummary {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stats, "stats");
    }

    /** Virtual CPUs (0 when not known yet). */
    public int vcpus() {
        return sizing.vcpus();
    }

    public long maxMemoryKiB() {
        return sizing.maxMemoryKiB();
    }

    public GuestSummary withStats(GuestStats newStats) {
        return new GuestSummary(uuid, name, state, sizing, managedSave, autostart, newStats, template);
    }

    public GuestSummary withTemplate(boolean newTemplate) {
        return new GuestSummary(uuid, name, state, sizing, managedSave, autostart, stats, newTemplate);
    }

    public GuestSummary withState(GuestState newState, boolean newManagedSave) {
        GuestStats kept = newState.isActive() ? stats : GuestStats.NONE;
        return new GuestSummary(uuid, name, newState, sizing, newManagedSave, autostart, kept, template);
    }

    /**
     * The state as every view words it (the list, the guest window, {@code summit list}): "Template"
     * for a template, "Shut off (saved)" when starting restores a saved image, as virsh domstate
     * --reason says it; otherwise the state's own label.
     */
    public String stateLabel() {
        if (template && !state.isActive()) {
            return "Template";
        }
        return managedSave ? state.label() + " (saved)" : state.label();
    }
}
