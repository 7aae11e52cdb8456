package dev.summit.connectors.edit;

/**
 * What an applied edit did.
 *
 * @param what   the edit's description
 * @param effect when it takes effect
 */
public record EditOutcome(String what, Effect effect) {
    /** "set current memory to 512 MiB: applied now and kept for next boot". */
    public String sentence() {
        return what + ": " + effect.sentence();
    }
}
