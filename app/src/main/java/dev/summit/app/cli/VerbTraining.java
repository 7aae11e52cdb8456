package dev.summit.app.cli;

/**
 * For the package build's training run of the verbs' AOT cache (installer/src/deb/train-aot.sh).
 * One run writes one cache, and {@code summit list} no longer opens a session or loads
 * libvirt-java, so that run also runs the verbs named in {@code SUMMIT_AOT_TRAINING_VERBS}
 * (command lines separated by ';'), whose host sessions, libvirt-java and annotated picocli models
 * then come from the cache for every other verb too.
 */
final class VerbTraining {
    private static boolean done;

    private VerbTraining() {
    }

    /** Runs the training verbs once per process, after the verb the command line named. */
    static void runTrainingVerbs() {
        String verbs = System.getenv("SUMMIT_AOT_TRAINING_VERBS");
        if (done || verbs == null || verbs.isBlank()) {
            return;
        }
        done = true;
        for (String line : verbs.split(";")) {
            String[] args = line.strip().split("\\s+");
            SummitCommand.forArguments(args).execute(args);
        }
    }
}
