package dev.summit.connectors.osinfo;

import java.util.regex.Pattern;

/**
 * One {@code <media><iso>} entry: the identifiers an install disc of this OS carries. A null
 * pattern places no condition. osinfo's patterns are searched for, not anchored, unless they say so.
 */
public record IsoPattern(String arch, Pattern volumeId, Pattern systemId, Pattern publisherId, Pattern applicationId) {
    public boolean matches(IsoIdentity iso) {
        return volumeId != null && found(volumeId, iso.volumeId()) && found(systemId, iso.systemId())
                && found(publisherId, iso.publisherId()) && found(applicationId, iso.applicationId());
    }

    /** How many conditions matched: a disc matching volume and system id is a better fit than one matching only the volume. */
    public int specificity() {
        return (systemId == null ? 0 : 1) + (publisherId == null ? 0 : 1) + (applicationId == null ? 0 : 1);
    }

    private static boolean found(Pattern pattern, String value) {
        return pattern == null || pattern.matcher(value).find();
    }
}
