package dev.summit.connectors.templates.importing;

import java.util.List;
import java.util.stream.Collectors;

/** A {@code vm.cfg} that cannot be imported; carries every problem found, each with its line. */
public final class XenConfigException extends Exception {
    private final List<ConfigProblem> problems;

    public XenConfigException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
