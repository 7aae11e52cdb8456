package dev.summit.app.store;

/**
 * How a recorded operation ended. Stored by name: never rename a constant, and add one only with a
 * schema step, so that an older Summit (which refuses newer schemas) never reads a name it lacks.
 */
public enum OperationOutcome {
    SUCCEEDED,
    FAILED,
    CANCELLED,
    /** Summit stopped (crash, power loss) while the operation ran; found at the next start. */
    INTERRUPTED
}
