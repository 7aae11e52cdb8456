package dev.summit.connectors.templates.importing;

/** One thing wrong with a {@code vm.cfg}, at the line a user would open in an editor (1-based; 0 = whole file). */
public record ConfigProblem(int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? "vm.cfg line " + line + ": " + message : "vm.cfg: " + message;
    }
}
