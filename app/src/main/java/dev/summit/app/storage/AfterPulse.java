package dev.summit.app.storage;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs a step of building a window once its scene has had a pulse after now (styled, laid out,
 * drawn), so that each step's cost lands in a pulse of its own instead of one long pulse; in a cold
 * process each step loads and styles its controls' skins for the first time. FX thread.
 */
public final class AfterPulse {
    private AfterPulse() {
    }

    /** Runs {@code step} after the next pulse of {@code scene}; before its window shows, after its first. */
    public static void run(Scene scene, Runnable step) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(step);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Runs each of {@code steps} after the pulse that follows the one before it (the first after the next pulse). */
    public static void steps(Scene scene, List<Runnable> steps) {
        if (!steps.isEmpty()) {
            run(scene, () -> {
                steps.get(0).run();
                steps(scene, steps.subList(1, steps.size()));
            });
        }
    }
}
