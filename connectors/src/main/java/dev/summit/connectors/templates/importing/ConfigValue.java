package dev.summit.connectors.templates.importing;

import java.util.List;

/** The right-hand side of one {@code key = value} line, remembered with its line so later checks can name it. */
public sealed interface ConfigValue {
    int line();

    record Text(String text, int line) implements ConfigValue {
    }

    record Number(long number, int line) implements ConfigValue {
    }

    /** A bracketed list; its items may be strings or numbers and may span several lines. */
    record Items(List<ConfigValue> items, int line) implements ConfigValue {
    }
}
