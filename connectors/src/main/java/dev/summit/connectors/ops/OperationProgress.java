package dev.summit.connectors.ops;

/** Where a long operation reports how far it is; called on the host's worker, so keep it quick. */
@FunctionalInterface
public interface OperationProgress {
    OperationProgress IGNORE = (fraction, bytes, sentence) -> { };

    /**
     * @param fraction 0 to 1
     * @param bytes    bytes moved so far (uploads, copies), 0 when none
     * @param sentence what is happening now, for the user
     */
    void report(double fraction, long bytes, String sentence);
}
