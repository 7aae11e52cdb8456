package dev.summit.connectors.migrate;

/** The colour of one precheck line. */
public enum CheckLevel {
    /** Fine. */
    GREEN,
    /** Will work, but the admin should know. */
    AMBER,
    /** Will fail or do harm; blocks the start unless the line may be overridden and the admin does. */
    RED
}
