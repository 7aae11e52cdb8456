package dev.summit.connectors.storage;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.InstallTreeLocator;
import dev.summit.connectors.ops.NetInstall;
import dev.summit.connectors.ops.OperationProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A network install's kernel and initrd put where the host can boot them: fetched by this machine
 * (the host may have no route to the tree, or no HTTP client libvirt would use) and uploaded into the
 * guest's pool as two volumes, which {@code CreateGuest} removes once QEMU has loaded them.
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
            try {
                Path dir = Files.createTempDirectory("summit-installer");
                progress.report(0.02, 0, "Fetching the installer kernel from " + install.treeUrl());
                Path kernel = fetch(http, install.kernel(), dir.resolve("kernel"));
                progress.report(0.05, 0, "Fetching the installer initrd");
                Path initrd = fetch(http, install.initrd(), dir.resolve("initrd"));
                return new Path[] {dir, kernel, initrd};
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
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

    private static Path fetch(HttpClient http, URI uri, Path target) throws IOException, InterruptedException {
        HttpResponse<Path> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofFile(target));
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered HTTP " + response.statusCode());
        }
        return target;
    }

    private static void deleteQuietly(Path[] files) {
        try {
            for (int i = files.length - 1; i >= 0; i--) {
                Files.deleteIfExists(files[i]);
            }
        } catch (IOException e) {
            // a temporary file left in /tmp is not worth failing the create for
        }
    }
}
