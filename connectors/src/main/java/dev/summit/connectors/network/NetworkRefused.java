package dev.summit.connectors.network;

import dev.summit.connectors.host.HostOperationException;
import java.util.List;

/** A network not made because of what was asked; every problem found, nothing defined. */
public final class NetworkRefused extends HostOperationException {
    private final transient List<NetworkProblem> problems;

    public NetworkRefused(String name, List<NetworkProblem> problems) {
        super("Network '" + name + "' was not created: "
                + String.join(" ", problems.stream().map(NetworkProblem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<NetworkProblem> problems() {
        return problems;
    }
}
