package dev.summit.connectors.backup;

import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.xml.XmlTree;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.libvirt.Stream;
import org.w3c.dom.Element;

/**
 * A folder on a host Summit reaches only through libvirt (no file system of its own there, no ssh):
 * a transient directory pool stands for the folder while it is open, its sub-folders are the pool's
 * volumes of type {@code dir}, and small files are volumes uploaded and downloaded through streams.
 * Closing destroys the transient pool, which leaves the folder and its files as they are.
 */
final class HostFolder implements AutoCloseable {
    private static final int RAW_FILE = 0;
    private static final String POOL_PREFIX = "summit-backup-";
    /** libvirt's words when a new pool's directory is already another pool's. */
    private static final Pattern LEFT_BEHIND = Pattern.compile("conflict with pool: '(" + POOL_PREFIX + "[0-9a-z]+)'");

    private final Connect conn;
    private final Path path;
    private final StoragePool pool;

    private HostFolder(Connect conn, Path path, StoragePool pool) {
        this.conn = conn;
        this.path = path;
        this.pool = pool;
    }

    /** The existing folder; fails with libvirt's reason (a missing folder says "No such file or directory"). */
    static HostFolder open(Connect conn, Path path) throws LibvirtException {
        return new HostFolder(conn, path, createOrTakeOver(conn, poolXml(path, null), 0));
    }

    /** Makes the folder (its parent must exist) with {@code mode}, e.g. "0711", and opens it. */
    static HostFolder create(Connect conn, Path path, String mode) throws LibvirtException {
        int build = 1; // VIR_STORAGE_POOL_CREATE_WITH_BUILD: libvirt makes the directory
        return new HostFolder(conn, path, createOrTakeOver(conn, poolXml(path, mode), build));
    }

    /**
     * libvirt keeps transient pools across its own restart, so a libvirtd killed while Summit had
     * this folder open leaves Summit's pool on it, and every later pool on the folder "conflicts"
     * with it: that transient pool of Summit's is taken over (and destroyed when this one closes).
     */
    private static StoragePool createOrTakeOver(Connect conn, String xml, int flags) throws LibvirtException {
        try {
            return conn.storagePoolCreateXML(xml, flags);
        } catch (LibvirtException e) {
            Matcher left = LEFT_BEHIND.matcher(String.valueOf(e.getMessage()));
            if (!left.find()) {
                throw e;
            }
            StoragePool pool = conn.storagePoolLookupByName(left.group(1));
            if (pool.isPersistent() == 1) {
                throw e;
            }
            pool.refresh(0);
            return pool;
        }
    }

    private static String poolXml(Path path, String mode) {
        XmlTree xml = XmlTree.withRoot("pool");
        xml.root().setAttribute("type", "dir");
        xml.addText(xml.root(), "name", POOL_PREFIX + Long.toString(System.nanoTime(), 36));
        Element target = xml.add(xml.root(), "target");
        xml.addText(target, "path", path.toString());
        if (mode != null) {
            xml.addText(xml.add(target, "permissions"), "mode", mode);
        }
        return xml.serialize();
    }

    Path path() {
        return path;
    }

    /** The names of the folders in this one, sorted. */
    List<String> subfolders() throws LibvirtException {
        pool.refresh(0);
        List<String> names = new ArrayList<>();
        for (String name : pool.listVolumes()) {
            // By its XML: libvirt-java's StorageVolInfo knows files and block devices only, not directories.
            String xml = pool.storageVolLookupByName(name).getXMLDesc(0);
            if ("dir".equals(XmlTree.parse(xml).getDocumentElement().getAttribute("type"))) {
                names.add(name);
            }
        }
        names.sort(null);
        return names;
    }

    boolean has(String file) throws LibvirtException {
        pool.refresh(0);
        return Arrays.asList(pool.listVolumes()).contains(file);
    }

    /** Bytes the file takes on the host's disk. */
    long allocation(String file) throws LibvirtException {
        pool.refresh(0);
        return pool.storageVolLookupByName(file).getInfo().allocation;
    }

    long available() throws LibvirtException {
        pool.refresh(0);
        return pool.getInfo().available;
    }

    String read(String file) throws LibvirtException {
        pool.refresh(0);
        StorageVol volume = pool.storageVolLookupByName(file);
        Stream stream = conn.streamNew(0);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try {
            volume.download(stream, 0, 0, 0);
            byte[] chunk = new byte[64 * 1024];
            int got;
            while ((got = stream.receive(chunk)) > 0) {
                text.write(chunk, 0, got);
            }
            stream.finish();
        } catch (LibvirtException | RuntimeException e) {
            stream.abort();
            throw e;
        }
        return text.toString(StandardCharsets.UTF_8);
    }

    /** A new file holding {@code text}; an existing one of that name is refused by libvirt. */
    void write(String file, String text) throws LibvirtException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        XmlTree xml = XmlTree.withRoot("volume");
        xml.addText(xml.root(), "name", file);
        xml.addText(xml.root(), "capacity", Integer.toString(bytes.length));
        xml.add(xml.add(xml.root(), "target"), "format", "type", "raw");
        StorageVol volume = pool.storageVolCreateXML(xml.serialize(), RAW_FILE);
        if (bytes.length == 0) {
            return;
        }
        Stream stream = conn.streamNew(0);
        try {
            volume.upload(stream, 0, bytes.length, 0);
            for (int sent = 0; sent < bytes.length; ) {
                sent += stream.send(Arrays.copyOfRange(bytes, sent, bytes.length));
            }
            stream.finish();
        } catch (LibvirtException | RuntimeException e) {
            stream.abort();
            volume.delete(0);
            throw e;
        }
    }

    /** The file as a volume of the host, e.g. for libvirt to copy from. */
    StorageVol volume(String file) throws LibvirtException {
        pool.refresh(0);
        return pool.storageVolLookupByName(file);
    }

    void delete(String file) throws LibvirtException {
        pool.refresh(0);
        pool.storageVolLookupByName(file).delete(0);
    }

    /** Every file in the folder, then the folder itself (through its parent's pool). */
    void removeAll() throws LibvirtException {
        pool.refresh(0);
        for (String name : pool.listVolumes()) {
            pool.storageVolLookupByName(name).delete(0);
        }
        try (HostFolder parent = open(conn, path.getParent())) {
            parent.delete(path.getFileName().toString());
        }
    }

    /** What is wrong with this folder as a place for a backup, or null: a probe file is written and removed. */
    String writableProblem(String host) {
        String probe = ".summit-write-probe";
        try {
            if (has(probe)) {
                delete(probe);
            }
            write(probe, "");
            delete(probe);
            return null;
        } catch (LibvirtException e) {
            return "The backup folder " + path + " on " + host + " is not writable (" + LibvirtFailure.reason(e) + ").";
        }
    }

    @Override
    public void close() {
        try {
            pool.destroy();
        } catch (LibvirtException e) {
            // Already gone with its host's daemon: a transient pool leaves nothing to clean.
        }
    }
}
