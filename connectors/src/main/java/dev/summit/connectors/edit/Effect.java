package dev.summit.connectors.edit;

/** When a change to a guest takes effect, in the sentence the window and the CLI print. */
public enum Effect {
    /** A running guest has it now, and keeps it when it boots again. */
    NOW_AND_NEXT_BOOT("applied now and kept for next boot"),
    /** Only the running guest has it (e.g. a link set down live); the definition is unchanged. */
    NOW_ONLY("applied now; the next boot starts as before"),
    /** Written into the definition; the guest gets it when it next starts. */
    NEXT_BOOT("applies at next boot");

    private final String sentence;

    Effect(String sentence) {
        this.sentence = sentence;
    }

    public String sentence() {
        return sentence;
    }
}
