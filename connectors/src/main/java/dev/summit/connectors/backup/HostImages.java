package dev.summit.connectors.backup;

import dev.summit.connectors.xml.XmlTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.libvirt.Stream;

/**
 * New qcow2 v3 images on another machine, made with libvirt's storage API there.
 *
 * A single image (a full backup, a disk to upgrade) is copied on the host itself: libvirt runs
 * {@code qemu-img convert} beside the files. An incremental chain cannot be flattened that way:
 * libvirt writes each incremental backup image with the guest's own disk as its backing file (its
 * push-mode job does so on purpose), so a convert on the host would fill the unchanged parts from
 * the guest's disk as it is now, not from the older backups. Such a chain is therefore streamed to
 * this machine, flattened here with the chain spelled out to qemu-img, and streamed back.
 */
final class HostImages {
    private static final int CHUNK = 256 * 1024;

    private HostImages() {
    }

    /**
     * Volume {@code name} in {@code pool} with what {@code chain} (a full backup image first, then
     * incremental ones) shows as a whole. Leaves no volume behind when it fails.
     */
    static StorageVol flatten(Connect conn, StoragePool pool, String name, List<StorageVol> chain, long capacity,
                              DoubleConsumer fraction) throws LibvirtException, IOException {
        if (chain.size() == 1) {
            return copyOnHost(pool, name, chain.get(0), capacity);
        }
        Path work = Files.createTempDirectory("summit-restore-");
        try {
            List<Path> local = new ArrayList<>();
            for (int i = 0; i < chain.size(); i++) {
                Path image = work.resolve(i + ".qcow2");
                download(conn, chain.get(i), image);
                local.add(image);
                fraction.accept(0.4 * (i + 1) / chain.size());
            }
            Path flat = work.resolve("flat.qcow2");
            QemuImg.flatten(local, flat, f -> fraction.accept(0.4 + 0.2 * f));
            StorageVol made = upload(conn, pool, name, flat);
            fraction.accept(1);
            return made;
        } finally {
            removeTree(work);
        }
    }

    /** A qcow2 v3 copy of {@code source} made by libvirt on the host ({@code qemu-img convert} there). */
    static StorageVol copyOnHost(StoragePool pool, String name, StorageVol source, long capacity) throws LibvirtException {
        long size = Math.max(capacity, source.getInfo().capacity);
        XmlTree xml = XmlTree.withRoot("volume");
        xml.addText(xml.root(), "name", name);
        xml.addText(xml.root(), "capacity", Long.toString(size));
        var target = xml.add(xml.root(), "target");
        xml.add(target, "format", "type", "qcow2");
        xml.addText(target, "compat", "1.1");
        StorageVol made = pool.storageVolCreateXMLFrom(xml.serialize(), source, 0);
        pool.refresh(0);
        return pool.storageVolLookupByName(made.getName());
    }

    static void download(Connect conn, StorageVol volume, Path file) throws LibvirtException, IOException {
        Stream stream = conn.streamNew(0);
        try (OutputStream out = Files.newOutputStream(file)) {
            volume.download(stream, 0, 0, 0);
            byte[] chunk = new byte[CHUNK];
            int got;
            while ((got = stream.receive(chunk)) > 0) {
                out.write(chunk, 0, got);
            }
            stream.finish();
        } catch (LibvirtException | IOException | RuntimeException e) {
            abortQuietly(stream);
            throw e;
        }
    }

    /** A new volume holding {@code file}'s bytes; libvirt recognises it as qcow2 when the pool re-reads it. */
    static StorageVol upload(Connect conn, StoragePool pool, String name, Path file) throws LibvirtException, IOException {
        long size = Files.size(file);
        XmlTree xml = XmlTree.withRoot("volume");
        xml.addText(xml.root(), "name", name);
        xml.addText(xml.root(), "capacity", Long.toString(size));
        xml.addText(xml.root(), "allocation", "0");
        xml.add(xml.add(xml.root(), "target"), "format", "type", "raw");
        StorageVol volume = pool.storageVolCreateXML(xml.serialize(), 0);
        Stream stream = conn.streamNew(0);
        try (InputStream in = Files.newInputStream(file)) {
            volume.upload(stream, 0, size, 0);
            byte[] chunk = new byte[CHUNK];
            int read;
            while ((read = in.read(chunk)) > 0) {
                for (int sent = 0; sent < read; ) {
                    sent += stream.send(sent == 0 && read == chunk.length ? chunk : Arrays.copyOfRange(chunk, sent, read));
                }
            }
            stream.finish();
        } catch (LibvirtException | IOException | RuntimeException e) {
            abortQuietly(stream);
            volume.delete(0);
            throw e;
        }
        pool.refresh(0);
        return pool.storageVolLookupByName(name);
    }

    private static void abortQuietly(Stream stream) {
        try {
            stream.abort();
        } catch (LibvirtException e) {
            // The stream already ended; nothing more to stop.
        }
    }

    private static void removeTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
