package dev.summit.connectors.details;

/** The QEMU guest agent as the live definition shows it. */
public enum AgentStatus {
    /** The guest has no agent channel: addresses and clean shutdown cannot come from an agent. */
    NO_CHANNEL("no channel"),
    /** The channel exists but nothing answers in the guest (not installed, not started, guest off). */
    NOT_CONNECTED("not connected"),
    CONNECTED("connected");

    private final String label;

    AgentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean connected() {
        return this == CONNECTED;
    }
}
