package dev.summit.connectors.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * A volume to make.
 *
 * @param format  qcow2 (version 3, see {@link VolumeFormat}) or raw
 * @param backing a volume of the same pool (its name) or a path on the host the new qcow2 is an overlay on; null for none
 */
public record NewVolume(String pool, String name, long bytes, String format, String backing) {
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.contains("/")) {
            problems.add("A volume needs a name without '/'.");
        }
        if (bytes <= 0) {
            problems.add("The size must be more than zero.");
        }
        if (!"qcow2".equals(format) && !"raw".equals(format)) {
            problems.add("The format is qcow2 or raw, not '" + format + "'.");
        }
        if (backing != null && !"qcow2".equals(format)) {
            problems.add("Only a qcow2 volume can have a backing volume.");
        }
        return problems;
    }
}
