package dev.summit.connectors.migrate;

/**
 * How a migration ended, with the figures an admin asks for afterwards.
 *
 * @param guestName  the guest
 * @param where      the URI the guest is on now
 * @param message    one sentence: what happened, and where the guest is
 * @param wallMs     from start to finish as the admin waited; -1 if it never started
 * @param jobMs      libvirt's own job time; -1 when unknown
 * @param downtimeMs how long the guest was paused for the switch; -1 when unknown
 * @param bytes      data sent; -1 when unknown
 */
public record MigrationOutcome(Result result, String guestName, String where, String message, long wallMs,
                               long jobMs, long downtimeMs, long bytes) {
    public enum Result {
        MOVED, CANCELLED, FAILED, REFUSED
    }

    public boolean moved() {
        return result == Result.MOVED;
    }

    /** The figures on one line, for history and the terminal. */
    public String figures() {
        return "total " + (wallMs < 0 ? "?" : wallMs + " ms") + ", job " + (jobMs < 0 ? "?" : jobMs + " ms")
                + ", downtime " + (downtimeMs < 0 ? "?" : downtimeMs + " ms") + ", sent " + JobFigures.size(bytes);
    }
}
