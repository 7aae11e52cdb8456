package dev.summit.app.cli;

import dev.summit.connectors.inventory.GuestSummary;
import java.util.List;

/** The few JSON shapes the CLI prints; strings escaped per RFC 8259. */
final class Json {
    private Json() {
    }

    static String guests(List<GuestSummary> guests) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < guests.size(); i++) {
            GuestSummary g = guests.get(i);
            json.append(i == 0 ? "\n  " : ",\n  ").append('{')
                    .append("\"name\": ").append(string(g.name()))
                    .append(", \"uuid\": ").append(string(g.uuid()))
                    .append(", \"state\": ").append(string(g.state().name().toLowerCase()))
                    .append(", \"vcpus\": ").append(g.vcpus())
                    .append(", \"memoryMiB\": ").append(g.maxMemoryKiB() / 1024)
                    .append(", \"autostart\": ").append(g.autostart())
                    .append(", \"saved\": ").append(g.managedSave())
                    .append(", \"template\": ").append(g.template())
                    .append('}');
        }
        return json.append(guests.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    /**
     * Any value made of maps (insertion order kept), lists, strings, numbers, booleans and null,
     * indented by two spaces per level.
     */
    static String value(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, "");
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, String indent) {
        if (value instanceof java.util.Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{");
            String sep = "\n";
            for (java.util.Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(sep).append(indent).append("  ").append(string(String.valueOf(entry.getKey()))).append(": ");
                write(out, entry.getValue(), indent + "  ");
                sep = ",\n";
            }
            out.append('\n').append(indent).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[");
            String sep = "\n";
            for (Object item : list) {
                out.append(sep).append(indent).append("  ");
                write(out, item, indent + "  ");
                sep = ",\n";
            }
            out.append('\n').append(indent).append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value == null) {
            out.append("null");
        } else {
            out.append(string(value.toString()));
        }
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
