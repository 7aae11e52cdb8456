package dev.summit.connectors.migrate;

/**
 * One line of the precheck grid.
 *
 * @param check       what was checked, e.g. "CPU compatible"
 * @param reason      what was found, in plain words
 * @param fix         what the admin can do about it (empty when green)
 * @param overridable a red line libvirt itself would let through, so the admin may accept the risk
 */
public record PrecheckLine(String check, CheckLevel level, String reason, String fix, boolean overridable) {
    static PrecheckLine green(String check, String reason) {
        return new PrecheckLine(check, CheckLevel.GREEN, reason, "", false);
    }

    static PrecheckLine amber(String check, String reason, String fix) {
        return new PrecheckLine(check, CheckLevel.AMBER, reason, fix, false);
    }

    static PrecheckLine red(String check, String reason, String fix) {
        return new PrecheckLine(check, CheckLevel.RED, reason, fix, false);
    }

    static PrecheckLine overridableRed(String check, String reason, String fix) {
        return new PrecheckLine(check, CheckLevel.RED, reason, fix, true);
    }

    /** True when this line stops the migration, given whether the admin ticked "override". */
    public boolean blocks(boolean overrideAccepted) {
        return level == CheckLevel.RED && !(overridable && overrideAccepted);
    }

    @Override
    public String toString() {
        return level + "  " + check + ": " + reason + (fix.isEmpty() ? "" : " — " + fix);
    }
}
