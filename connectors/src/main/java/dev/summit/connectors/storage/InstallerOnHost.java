package dev.summit.connectors.storage;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.InstallTreeLocator;
import dev.summit.connectors.ops.InstallerChecksum;
import dev.summit.connectors.ops.NetInstall;
import dev.summit.connectors.ops.OperationProgress;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A network install's kernel and initrd put where the host can boot them: fetched by this machine
 * (the host may have no route to the tree, or no HTTP client libvirt would use) and uploaded into the
 * guest's pool as two volumes, which {@code CreateGuest} removes once QEMU has loaded them. A file
 * whose sum differs from the tree's {@code .treeinfo} stops it before anything reaches the host, and
 * the downloads are removed whatever happens.
 *
 * @param kernelPath the kernel on the host
 * @param initrdPath the initrd on the host
 */
public record InstallerOnHost(String kernelPath, String initrdPath, String pool, String kernelVolume, String initrdVolume) {

    public static CompletableFuture<InstallerOnHost> prepare(HostSession session, NetInstall install, String guestName,
                                                             String pool, OperationProgress progress, CancelSignal cancel) {
        HttpClient http = InstallTreeLocator.httpClient();
        String kernelName = guestName + "-installer-kernel";
        String initrdName = guestName + "-installer-initrd";
        return CompletableFuture.supplyAsync(() -> {
            Path[] files = new Path[3];
            try {
                files[0] = Files.createTempDirectory("summit-installer");
                progress.report(0.02, 0, "Fetching the installer kernel from " + install.treeUrl());
                files[1] = fetch(http, install.kernel(), files[0].resolve("kernel"), install.kernelChecksum(), "kernel");
                progress.report(0.05, 0, "Fetching the installer initrd");
                files[2] = fetch(http, install.initrd(), files[0].resolve("initrd"), install.initrdChecksum(), "initrd");
                return files;
            } catch (IOException e) {
                deleteQuietly(files);
                // Its own sentence reaches the user, not "java.io.IOException: …".
                throw new CompletionException(e);
            } catch (InterruptedException e) {
                deleteQuietly(files);
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
        }).thenCompose(files -> VolumeUpload.upload(session, files[1], pool, kernelName, progress, cancel)
                .thenCompose(kernel -> VolumeUpload.upload(session, files[2], pool, initrdName, progress, cancel)
                        .handle((initrd, failure) -> {
                            if (failure != null) {
                                StoragePools.deleteVolume(session, pool, kernelName).handle((ok, ignored) -> null).join();
                                throw failure instanceof CompletionException c ? c : new CompletionException(failure);
                            }
                            return new InstallerOnHost(kernel.volume().path(), initrd.volume().path(), pool, kernelName,
                                    initrdName);
                        }))
                .whenComplete((done, failure) -> deleteQuietly(files)));
    }

    /** Removes both volumes, after creating the guest failed. */
    public CompletableFuture<Void> undo(HostSession session) {
        return StoragePools.deleteVolume(session, pool, kernelVolume).handle((ok, ignored) -> null)
                .thenCompose(x -> StoragePools.deleteVolume(session, pool, initrdVolume)).handle((ok, ignored) -> null);
    }

    /** Downloads one file and, when the tree gives its sum, checks it before anything goes to the host. */
    private static Path fetch(HttpClient http, URI uri, Path target, InstallerChecksum checksum, String what)
            throws IOException, InterruptedException {
        HttpResponse<Path> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofFile(target));
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered HTTP " + response.statusCode());
        }
        if (checksum != null) {
            checksum.verify(target, what);
        }
        return target;
    }

    /** The temporary folder and what was fetched into it; entries not made yet are null. */
    private static void deleteQuietly(Path[] files) {
        if (files[0] == null) {
            return;
        }
        try {
            for (Path file : List.of(files[0].resolve("initrd"), files[0].resolve("kernel"), files[0])) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file left in /tmp is not worth failing the create for
        }
    }
}
