package dev.summit.connectors.inventory;

/** What a guest is doing, in the words a user reads in the list. */
public enum GuestState {
    RUNNING("Running"),
    BLOCKED("Running"),
    PAUSED("Paused"),
    SHUTTING_DOWN("Shutting down"),
    SHUT_OFF("Shut off"),
    CRASHED("Crashed"),
    PM_SUSPENDED("Suspended"),
    NO_STATE("Unknown");

    private final String label;

    GuestState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isActive() {
        return this != SHUT_OFF && this != CRASHED && this != NO_STATE;
    }

    /** Maps libvirt's virDomainState number; unknown numbers become {@link #NO_STATE}. */
    public static GuestState fromLibvirt(int state) {
        return switch (state) {
            case 1 -> RUNNING;
            case 2 -> BLOCKED;
            case 3 -> PAUSED;
            case 4 -> SHUTTING_DOWN;
            case 5 -> SHUT_OFF;
            case 6 -> CRASHED;
            case 7 -> PM_SUSPENDED;
            default -> NO_STATE;
        };
    }
}
