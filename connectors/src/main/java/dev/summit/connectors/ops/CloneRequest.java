package dev.summit.connectors.ops;

import java.util.List;
import java.util.Map;

/**
 * What to clone and how: the copies' names, the mode for every writable disk unless {@code perDisk}
 * names another for its target (vda, sdb…), whether a running source may be paused while its
 * disks are copied (it is resumed afterwards, whatever happens), and the copies' display password
 * (never the source's).
 */
public record CloneRequest(String sourceUuid, List<String> names, CloneMode mode, Map<String, CloneMode> perDisk,
                           boolean pauseSource, ClonePassword displayPassword) {
    public CloneRequest {
        names = List.copyOf(names);
        perDisk = Map.copyOf(perDisk);
        if (mode == CloneMode.SHARE) {
            throw new IllegalArgumentException("sharing is a per-disk choice, not a clone's mode");
        }
        if (displayPassword == null) {
            throw new IllegalArgumentException("say the clones' display password: none, a new one, or unchosen");
        }
    }

    public static CloneRequest of(String sourceUuid, List<String> names, CloneMode mode) {
        return new CloneRequest(sourceUuid, names, mode, Map.of(), false, ClonePassword.UNCHOSEN);
    }

    public CloneRequest withDisks(Map<String, CloneMode> choices) {
        return new CloneRequest(sourceUuid, names, mode, choices, pauseSource, displayPassword);
    }

    public CloneRequest pausingSource(boolean pause) {
        return new CloneRequest(sourceUuid, names, mode, perDisk, pause, displayPassword);
    }

    public CloneRequest withDisplayPassword(ClonePassword password) {
        return new CloneRequest(sourceUuid, names, mode, perDisk, pauseSource, password);
    }

    public CloneMode modeOf(String target) {
        return perDisk.getOrDefault(target, mode);
    }
}
