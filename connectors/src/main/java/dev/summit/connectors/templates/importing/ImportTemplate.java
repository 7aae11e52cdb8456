package dev.summit.connectors.templates.importing;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.GuestNames;
import dev.summit.connectors.ops.HostPlatform;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.ops.UndoStack;
import dev.summit.connectors.storage.DefaultPool;
import dev.summit.connectors.storage.NewDiskPools;
import dev.summit.connectors.storage.PoolSummary;
import dev.summit.connectors.storage.StoragePools;
import dev.summit.connectors.storage.VolumeFormat;
import dev.summit.connectors.storage.VolumeSummary;
import dev.summit.connectors.templates.TemplateMark;
import dev.summit.connectors.xml.DisplayListen;
import dev.summit.connectors.xml.Emulation;
import dev.summit.connectors.xml.Firmware;
import dev.summit.connectors.xml.GuestMedia;
import dev.summit.connectors.xml.GuestNic;
import dev.summit.connectors.xml.GuestSize;
import dev.summit.connectors.xml.GuestSpec;
import dev.summit.connectors.xml.KvmDomainBuilder;
import dev.summit.connectors.xml.MacAddresses;
import dev.summit.connectors.xml.Machine;
import dev.summit.connectors.xml.NicChoice;
import dev.summit.connectors.xml.XmlTree;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.libvirt.Stream;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Imports a Xen / Oracle VM template folder, or a plain disk image, onto a KVM host as an HVM template:
 * the image is uploaded into a pool through libvirt (so it works on remote hosts too), optionally
 * converted to qcow2 by libvirt, and a guest marked as a template is defined. Nothing is left behind
 * when a step fails.
 */
public final class ImportTemplate {
    private static final int CHUNK = 4 << 20;

    private final HostSession host;
    private final ImportRequest request;

    public ImportTemplate(HostSession host, ImportRequest request) {
        this.host = host;
        this.request = request;
    }

    /** Every problem (vm.cfg lines included), before anything is touched; empty when the import can run. */
    public CompletableFuture<List<String>> precheck() {
        return host.submit("import", request.name(), conn -> check(conn).problems());
    }

    public CompletableFuture<ImportedTemplate> run(OperationProgress progress, CancelSignal cancel) {
        return host.submit("import", request.name(), conn -> importInto(conn, progress, cancel))
                .thenCompose(done -> host.refreshGuest(done.uuid()).handle((ok, ignored) -> done));
    }

    private record Plan(ImportSource source, List<String> problems) {
    }

    private Plan check(Connect conn) throws LibvirtException {
        List<String> problems = new ArrayList<>();
        ImportSource source;
        try {
            source = ImportSource.read(request);
        } catch (XenConfigException e) {
            e.problems().forEach(p -> problems.add(p.toString()));
            return new Plan(null, problems);
        } catch (IOException e) {
            problems.add("Could not read " + request.source() + ": " + e.getMessage());
            return new Plan(null, problems);
        }
        problems.addAll(source.problems());
        if (source.name() != null && GuestNames.problem(source.name()).isPresent()) {
            problems.add(GuestNames.problem(source.name()).get());
        } else if (source.name() != null && exists(conn, source.name())) {
            problems.add("A guest named '" + source.name() + "' already exists on this host.");
        }
        if (request.network() instanceof NicChoice.Network wanted && !List.of(conn.listNetworks()).contains(wanted.name())
                && !List.of(conn.listDefinedNetworks()).contains(wanted.name())) {
            problems.add("There is no network '" + wanted.name() + "' on this host for the template's network cards.");
        }
        PoolSummary pool = StoragePools.pools(conn).stream().filter(p -> p.name().equals(request.pool()))
                .findFirst().orElse(null);
        if (pool == null && DefaultPool.NAME.equals(request.pool())) {
            return new Plan(source, problems); // made at import time, as for a new guest's disk
        }
        java.util.Optional<String> unsuitable = pool == null || !pool.active() ? java.util.Optional.empty()
                : NewDiskPools.forbidden(pool);
        if (pool == null) {
            problems.add("There is no storage pool '" + request.pool() + "' on this host.");
        } else if (unsuitable.isPresent()) {
            problems.add("The template's disk does not belong there: " + unsuitable.get() + ".");
        } else if (!pool.active()) {
            problems.add("Storage pool '" + request.pool() + "' is not running.");
        } else if (source.name() != null) {
            List<String> taken = StoragePools.volumes(conn, pool.name()).stream().map(VolumeSummary::name).toList();
            for (String volume : List.of(rawVolume(source), qcow2Volume(source))) {
                if (taken.contains(volume)) {
                    problems.add("Pool '" + pool.name() + "' already has a volume '" + volume + "'.");
                }
            }
            long needed = source.imageBytes() * (request.qcow2() ? 2 : 1);
            if (source.image() != null && needed > pool.available()) {
                problems.add("The image needs " + needed + " bytes but pool '" + pool.name() + "' has "
                        + pool.available() + " free.");
            }
        }
        return new Plan(source, problems);
    }

    private ImportedTemplate importInto(Connect conn, OperationProgress progress, CancelSignal cancel)
            throws LibvirtException {
        Plan plan = check(conn);
        if (!plan.problems().isEmpty()) {
            throw new HostOperationException("Could not import " + request.source() + ":\n  "
                    + String.join("\n  ", plan.problems()));
        }
        ImportSource source = plan.source();
        UndoStack undo = new UndoStack();
        String step = "upload the image";
        try {
            if (DefaultPool.NAME.equals(request.pool())) {
                DefaultPool.Ensured made = DefaultPool.ensure(conn);
                if (made.created()) {
                    progress.report(0, 0, made.sentence());
                }
            }
            StoragePool pool = conn.storagePoolLookupByName(request.pool());
            StorageVol raw = pool.storageVolCreateXML(volumeXml(rawVolume(source), source.imageBytes(), "raw"), 0);
            undo.push("volume " + raw.getPath(), () -> raw.delete(0));
            upload(conn, raw, source, progress, cancel);
            StorageVol disk = raw;
            String format = "raw";
            if (request.qcow2()) {
                step = "convert it to qcow2";
                progress.report(0.8, source.imageBytes(), "Converting to qcow2");
                StorageVol qcow2 = pool.storageVolCreateXMLFrom(
                        volumeXml(qcow2Volume(source), source.imageBytes(), "qcow2"), raw, 0);
                undo.push("volume " + qcow2.getPath(), () -> qcow2.delete(0));
                disk = qcow2;
                format = "qcow2";
            }
            step = "define it";
            progress.report(0.9, source.imageBytes(), "Defining " + source.name());
            String xml = domainXml(conn, source, disk.getPath(), format);
            Domain domain = conn.domainDefineXML(xml);
            undo.push("definition of " + source.name(), domain::undefine);
            if (request.qcow2()) {
                raw.delete(0); // only the qcow2 copy is the template's disk; the raw upload was a stepping stone
            }
            progress.report(1, source.imageBytes(), source.name() + " is a template");
            return new ImportedTemplate(source.name(), domain.getUUIDString(), disk.getPath(), format,
                    source.memoryMiB(), source.vcpus(), source.ignoredKeys());
        } catch (LibvirtException | IOException | RuntimeException e) {
            String reason = e instanceof LibvirtException libvirt ? LibvirtFailure.reason(libvirt) : e.getMessage();
            List<String> left = undo.unwind();
            throw new HostOperationException("Could not import '" + source.name() + "': it failed to " + step + " ("
                    + reason + ")" + (left.isEmpty() ? "" : "; left behind: " + String.join(", ", left)), e);
        }
    }

    private static void upload(Connect conn, StorageVol volume, ImportSource source, OperationProgress progress,
                               CancelSignal cancel) throws LibvirtException, IOException {
        Stream stream = conn.streamNew(0);
        volume.upload(stream, 0, source.imageBytes(), 0);
        byte[] buffer = new byte[CHUNK];
        long sent = 0;
        try (InputStream in = Files.newInputStream(source.image())) {
            int read;
            while ((read = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                if (cancel.isCancelled()) {
                    throw new IllegalStateException("cancelled");
                }
                byte[] chunk = read == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, read);
                for (int off = 0; off < chunk.length; ) {
                    byte[] rest = off == 0 ? chunk : java.util.Arrays.copyOfRange(chunk, off, chunk.length);
                    off += stream.send(rest);
                }
                sent += read;
                progress.report(0.8 * sent / Math.max(1, source.imageBytes()), sent, "Uploading " + source.image());
            }
            stream.finish();
        } catch (IOException | LibvirtException | RuntimeException e) {
            stream.abort();
            throw e;
        }
    }

    private String domainXml(Connect conn, ImportSource source, String diskPath, String format) throws LibvirtException {
        // An HVM equivalent of the Xen guest: SATA and e1000-class devices, which old PV templates' kernels
        // may lack virtio drivers for; i440fx with IDE CD-ROM like the Xen HVM machine it replaces.
        SecureRandom random = new SecureRandom();
        List<String> macs = source.nicMacs().stream()
                .map(mac -> mac.isEmpty() ? MacAddresses.random(MacAddresses.KVM_PREFIX, random) : mac).toList();
        NicChoice network = macs.isEmpty() ? new NicChoice.None() : request.network();
        String xml = KvmDomainBuilder.build(new GuestSpec(source.name(), null, new GuestSize(source.memoryMiB(), source.vcpus()),
                new Emulation(HostPlatform.of(conn).virtType(), Machine.I440FX, Firmware.BIOS, null, false),
                new GuestMedia(diskPath, format, null), new GuestNic(network, macs.isEmpty() ? null : macs.get(0)),
                DisplayListen.LOCALHOST));
        XmlTree tree = XmlTree.of(XmlTree.parse(xml));
        addMoreNics(tree, macs);
        TemplateMark.addTo(tree);
        return tree.serialize().replaceAll("(?m)^[ \\t]*\\r?\\n", "");
    }

    /** The builder makes one card; a vm.cfg with several vifs gets a copy of it for each of the others. */
    private static void addMoreNics(XmlTree tree, List<String> macs) {
        NodeList interfaces = tree.root().getElementsByTagName("interface");
        if (interfaces.getLength() == 0) {
            return;
        }
        Element first = (Element) interfaces.item(0);
        for (String mac : macs.subList(1, macs.size())) {
            Element copy = (Element) first.cloneNode(true);
            ((Element) copy.getElementsByTagName("mac").item(0)).setAttribute("address", mac);
            first.getParentNode().insertBefore(copy, first.getNextSibling());
            first = copy;
        }
    }

    private static String rawVolume(ImportSource source) {
        return source.name() + ".img";
    }

    private static String qcow2Volume(ImportSource source) {
        return source.name() + ".qcow2";
    }

    private static String volumeXml(String name, long bytes, String format) {
        XmlTree xml = XmlTree.withRoot("volume");
        xml.addText(xml.root(), "name", name);
        xml.addText(xml.root(), "capacity", Long.toString(bytes), "unit", "bytes");
        VolumeFormat.addTo(xml, xml.add(xml.root(), "target"), format);
        return xml.serialize();
    }

    private static boolean exists(Connect conn, String name) {
        try {
            conn.domainLookupByName(name);
            return true;
        } catch (LibvirtException e) {
            return false;
        }
    }
}
