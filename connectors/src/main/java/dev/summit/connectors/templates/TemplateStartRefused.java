package dev.summit.connectors.templates;

/**
 * Start or restore of a template, refused: its disks are the bases its clones read, and running it
 * would write them. A type of its own so the window can offer to clone it instead.
 */
public final class TemplateStartRefused extends RuntimeException {
    public TemplateStartRefused(String name) {
        super("'" + name + "' is a template, which never runs: clone it and start the clone (summit clone " + name
                + " --to NEW), or turn it back into a guest first.");
    }
}
