package dev.summit.app.storage;

import dev.summit.app.store.SummitStore;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.storage.StoragePools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * The install images a user can pick from: ISO volumes in the host's pools, and *.iso files in the
 * folders of this machine the user added (kept in SQLite, table iso_folders). Folders are read
 * afresh each time, off the FX thread: files come and go.
 */
public final class IsoLibrary {
    private final SummitStore store;
    private final Executor background;

    public IsoLibrary(SummitStore store, Executor background) {
        this.store = store;
        this.background = background;
    }

    public CompletableFuture<List<Path>> folders() {
        return CompletableFuture.supplyAsync(() -> store.isoFolders().list(), background);
    }

    public CompletableFuture<Boolean> addFolder(Path folder) {
        return CompletableFuture.supplyAsync(() -> {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException(folder + " is not a folder.");
            }
            return store.isoFolders().add(folder);
        }, background);
    }

    public CompletableFuture<Boolean> removeFolder(Path folder) {
        return CompletableFuture.supplyAsync(() -> store.isoFolders().remove(folder), background);
    }

    /** The ISOs of every added folder (a missing folder lists nothing), then the host's, each sorted by name. */
    public CompletableFuture<List<LibraryIso>> list(HostSession host) {
        CompletableFuture<List<LibraryIso>> local = folders().thenApplyAsync(IsoLibrary::isosIn, background);
        CompletableFuture<List<LibraryIso>> onHost = host == null ? CompletableFuture.completedFuture(List.of())
                : StoragePools.isoVolumes(host).thenApply(volumes -> volumes.stream()
                        .map(v -> new LibraryIso(v.name(), "pool " + v.pool(), v.path(), v.capacity(), true)).toList());
        return local.thenCombine(onHost, (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
    }

    /** The local part only, for the wizard's "ISO file on this machine". */
    public CompletableFuture<List<LibraryIso>> localIsos() {
        return folders().thenApplyAsync(IsoLibrary::isosIn, background);
    }

    static List<LibraryIso> isosIn(List<Path> folders) {
        List<LibraryIso> isos = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".iso"))
                        .filter(Files::isRegularFile).sorted(Comparator.comparing(Path::getFileName))
                        .forEach(f -> isos.add(new LibraryIso(f.getFileName().toString(), folder.toString(), f.toString(),
                                size(f), false)));
            } catch (IOException e) {
                // a folder that is gone or unreadable (unmounted disk) lists nothing until it is back
            }
        }
        return isos;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
