package dev.summit.connectors.templates.importing;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code key=value,key=value} strings inside {@code vif} and {@code vfb} entries. */
final class XenKeyValues {
    private XenKeyValues() {
    }

    static Map<String, String> parse(String entry) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : entry.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            } else if (!part.isBlank()) {
                parts.put(part.trim(), "");
            }
        }
        return parts;
    }
}
