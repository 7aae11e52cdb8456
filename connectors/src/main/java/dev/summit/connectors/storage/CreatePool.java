package dev.summit.connectors.storage;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.jna.StoragePoolCapabilities;
import dev.summit.connectors.ops.UndoStack;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;

/**
 * Makes a pool of any {@link PoolType}: checks everything first, then defines, builds what is
 * missing (a directory, a volume group on a given device), starts it and sets autostart. Each step
 * registers its undo, so a pool that cannot start — an NFS server or iSCSI portal that does not
 * answer, a device without a filesystem — leaves nothing defined and no directory behind.
 */
public final class CreatePool {
    private CreatePool() {
    }

    /** Every problem with the spec on this host, without changing anything. */
    public static CompletableFuture<List<String>> precheck(HostSession host, PoolSpec spec) {
        return host.submit("check pool", spec.name(), conn -> problems(conn, spec));
    }

    public static CompletableFuture<PoolSummary> run(HostSession host, PoolSpec spec) {
        return host.submit("create pool", spec.name(), conn -> create(conn, spec));
    }

    static List<String> problems(Connect conn, PoolSpec spec) throws LibvirtException {
        List<String> problems = new ArrayList<>(spec.problems());
        if (!problems.isEmpty()) {
            return problems;
        }
        if (exists(conn, spec.name())) {
            problems.add("A pool named '" + spec.name() + "' already exists on this host.");
        }
        String unsupported = unsupported(conn, spec.type());
        if (unsupported != null) {
            problems.add(unsupported);
        }
        if (problems.isEmpty() && spec.type().hasTargetDirectory()) {
            PoolTargetProbe.Found found = PoolTargetProbe.probe(conn, spec.effectiveTarget());
            if (found instanceof PoolTargetProbe.NotEmpty notEmpty) {
                problems.add("The target " + spec.effectiveTarget() + " exists and is not empty (" + notEmpty.entries()
                        + (notEmpty.entries() == 1 ? " entry" : " entries") + "); choose an empty or new directory.");
            } else if (found instanceof PoolTargetProbe.Refused refused) {
                problems.add("The target " + spec.effectiveTarget() + " cannot be used: " + refused.reason() + ".");
            }
        }
        return problems;
    }

    private static PoolSummary create(Connect conn, PoolSpec spec) throws LibvirtException {
        List<String> problems = problems(conn, spec);
        if (!problems.isEmpty()) {
            throw new HostOperationException("Could not create pool '" + spec.name() + "': " + String.join(" ", problems));
        }
        boolean makeDirectory = spec.type().hasTargetDirectory()
                && PoolTargetProbe.probe(conn, spec.effectiveTarget()) instanceof PoolTargetProbe.Missing;
        UndoStack undo = new UndoStack();
        try {
            StoragePool pool = define(conn, spec, makeDirectory, undo);
            if (makeDirectory) {
                pool.build(0);
                undo.push("directory " + spec.effectiveTarget(), () -> pool.delete(0));
            }
            try {
                pool.create(0);
            } catch (LibvirtException e) {
                if (spec.type() != PoolType.LOGICAL || PoolSpec.blank(spec.sourceDevice())) {
                    throw e;
                }
                // No such volume group yet: make it on the given device (never over data), with the mark.
                undo.unwind();
                StoragePool made = define(conn, spec, true, undo);
                made.build(LibvirtFlags.PoolBuild.NO_OVERWRITE);
                undo.push("volume group " + spec.name(), () -> made.delete(0));
                made.create(0);
                return finish(made, spec, undo);
            }
            return finish(pool, spec, undo);
        } catch (LibvirtException | RuntimeException e) {
            List<String> left = undo.unwind();
            String reason = e instanceof LibvirtException libvirt ? LibvirtFailure.reason(libvirt) : e.getMessage();
            throw new HostOperationException("Could not create pool '" + spec.name() + "': " + reason
                    + (left.isEmpty() ? "; nothing was left behind." : "; left behind: " + String.join(", ", left) + "."), e);
        }
    }

    private static StoragePool define(Connect conn, PoolSpec spec, boolean madeBySummit, UndoStack undo)
            throws LibvirtException {
        UUID uuid = madeBySummit ? PoolXml.madeBySummit(spec.name(), spec.effectiveTarget()) : UUID.randomUUID();
        StoragePool pool = conn.storagePoolDefineXML(PoolXml.of(spec, uuid), 0);
        undo.push("the definition of pool " + spec.name(), pool::undefine);
        return pool;
    }

    private static PoolSummary finish(StoragePool pool, PoolSpec spec, UndoStack undo) throws LibvirtException {
        undo.push("the running pool " + spec.name(), pool::destroy);
        if (spec.autostart()) {
            pool.setAutostart(1);
        }
        return StoragePools.summary(pool);
    }

    /** Null when the host's libvirt can run the type, else a sentence saying what to install. */
    static String unsupported(Connect conn, PoolType type) {
        String caps = StoragePoolCapabilities.fetch(conn).orElse("");
        if (caps.isEmpty() || caps.contains("<pool type='" + type.libvirtName() + "' supported='yes'")) {
            return null;
        }
        String hint = type == PoolType.ISCSI_DIRECT
                ? " (on Debian: install libvirt-daemon-driver-storage-iscsi-direct, then restart libvirtd)" : "";
        return "This host's libvirt cannot make " + type.libvirtName() + " pools" + hint + ".";
    }

    static boolean exists(Connect conn, String name) {
        try {
            conn.storagePoolLookupByName(name);
            return true;
        } catch (LibvirtException e) {
            return false;
        }
    }
}
