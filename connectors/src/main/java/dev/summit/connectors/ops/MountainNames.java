package dev.summit.connectors.ops;

import java.util.List;
import java.util.Set;

/** Name suggestions for new guests ("Use MOUNTAINS!"): the first mountain not yet taken, then numbered ones. */
public final class MountainNames {
    static final List<String> MOUNTAINS = List.of("fuji", "matterhorn", "k2", "everest", "kilimanjaro", "denali",
            "aconcagua", "elbrus", "eiger", "mont-blanc", "annapurna", "olympus", "etna", "rainier", "whitney",
            "kosciuszko", "vinson", "cotopaxi", "ararat", "triglav", "zugspitze", "ben-nevis", "logan", "makalu",
            "lhotse", "nanga-parbat", "shasta", "hood", "teide", "kazbek");

    private MountainNames() {
    }

    /** The first {@code count} free names: mountains in order, then fuji-2, matterhorn-2, … */
    public static List<String> suggest(Set<String> taken, int count) {
        return java.util.stream.Stream.iterate(0, i -> i + 1)
                .map(i -> i < MOUNTAINS.size() ? MOUNTAINS.get(i)
                        : MOUNTAINS.get(i % MOUNTAINS.size()) + "-" + (i / MOUNTAINS.size() + 1))
                .filter(name -> !taken.contains(name))
                .limit(count)
                .toList();
    }

    public static String suggest(Set<String> taken) {
        return suggest(taken, 1).get(0);
    }
}
