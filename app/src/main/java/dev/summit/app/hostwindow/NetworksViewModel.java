package dev.summit.app.hostwindow;

import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.jna.DhcpLeases.Lease;
import dev.summit.connectors.network.CreateNetwork;
import dev.summit.connectors.network.DeleteNetwork;
import dev.summit.connectors.network.NetworkLeases;
import dev.summit.connectors.network.NetworkList;
import dev.summit.connectors.network.NetworkRequest;
import dev.summit.connectors.network.NetworkSummary;
import dev.summit.connectors.network.SetNetworkAutostart;
import dev.summit.connectors.network.StartNetwork;
import dev.summit.connectors.network.StopNetwork;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Networks tab's state: the host's networks, the chosen one's leases, and the sentence after the
 * last action. Every action is an operation run through the task runner (so it lands in the history)
 * on the host's worker; results come back on the FX thread. FX thread only.
 */
final class NetworksViewModel {
    private final HostSession host;
    private final TaskRunner tasks;
    private final Executor fxThread;
    private final ObservableList<NetworkSummary> networks = FXCollections.observableArrayList();
    private final ObservableList<Lease> leases = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper leaseNote = new ReadOnlyStringWrapper("");
    private long leaseReads;

    /** @param fxThread where read results are handed over: {@code Platform::runLater} */
    NetworksViewModel(HostSession host, TaskRunner tasks, Executor fxThread) {
        this.host = host;
        this.tasks = tasks;
        this.fxThread = fxThread;
    }

    ObservableList<NetworkSummary> networks() {
        return networks;
    }

    ObservableList<Lease> leases() {
        return leases;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why there are no leases to show, "" when there are. */
    ReadOnlyStringProperty leaseNoteProperty() {
        return leaseNote.getReadOnlyProperty();
    }

    /** Reads the networks again; completes (FX thread) once the list is in. */
    CompletableFuture<Void> reload() {
        return NetworkList.read(host).handleAsync((list, failure) -> {
            if (failure != null) {
                status.set("Could not read the networks: " + TaskRunner.messageOf(failure));
            } else {
                networks.setAll(list);
            }
            return null;
        }, fxThread);
    }

    void showLeases(NetworkSummary network) {
        long mine = ++leaseReads;
        leases.clear();
        if (network == null) {
            leaseNote.set("Choose a network to see its DHCP leases.");
            return;
        }
        if (!network.active() || network.definition().dhcp() == null) {
            leaseNote.set(network.active() ? "Network '" + network.name() + "' hands out no addresses by DHCP."
                    : "Network '" + network.name() + "' is stopped.");
            return;
        }
        leaseNote.set("Reading the leases…");
        NetworkLeases.of(host, network.name()).whenCompleteAsync((found, failure) -> {
            if (mine != leaseReads) {
                return;
            }
            if (failure != null) {
                leaseNote.set("Could not read the leases: " + TaskRunner.messageOf(failure));
            } else {
                leases.setAll(found);
                leaseNote.set(found.isEmpty() ? "No guest holds a lease on '" + network.name() + "' now." : "");
            }
        }, fxThread);
    }

    CompletableFuture<Void> create(NetworkRequest request) {
        return act(request.name(), "create network", () -> CreateNetwork.run(host, request).thenApply(n -> null),
                "Network '" + request.name() + "' is running.");
    }

    CompletableFuture<Void> start(String name) {
        return act(name, "start network", () -> StartNetwork.run(host, name), "Started '" + name + "'.");
    }

    CompletableFuture<Void> stop(String name) {
        return act(name, "stop network", () -> StopNetwork.run(host, name), "Stopped '" + name + "'.");
    }

    CompletableFuture<Void> setAutostart(String name, boolean on) {
        return act(name, on ? "autostart network" : "no autostart for network", () -> SetNetworkAutostart.run(host, name, on),
                on ? "'" + name + "' starts with the host." : "'" + name + "' no longer starts with the host.");
    }

    CompletableFuture<Void> delete(String name) {
        return act(name, "delete network", () -> DeleteNetwork.run(host, name), "Deleted '" + name + "'.");
    }

    /** Runs one action; its outcome or refusal becomes the status line, and the list is read again either way. */
    private CompletableFuture<Void> act(String name, String operation, Supplier<CompletableFuture<Void>> work, String done) {
        return tasks.run(host.uri(), name, operation, work).handleAsync((ok, failure) -> {
            status.set(failure == null ? done : TaskRunner.messageOf(failure));
            return failure;
        }, fxThread).thenCompose(failure -> reload().thenCompose(x -> failure == null
                ? CompletableFuture.<Void>completedFuture(null) : CompletableFuture.<Void>failedFuture(failure)));
    }
}
