package dev.summit.connectors.ops;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.storage.NewDiskPools;
import dev.summit.connectors.storage.StoragePools;
import dev.summit.connectors.storage.VolumeFormat;
import dev.summit.connectors.templates.TemplateMark;
import dev.summit.connectors.templates.Templates;
import dev.summit.connectors.xml.XmlTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainInfo;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StoragePoolInfo;
import org.libvirt.StorageVol;
import org.libvirt.StorageVolInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

/**
 * Makes one or more clones of a guest, each with its own name, UUID and MAC addresses (left out of
 * the copied definition so libvirt makes new ones), its own copy of the UEFI variables, and the
 * display password the request gives (never the source's). Each
 * writable disk is copied whole, linked (a qcow2 overlay on the source's image) or shared, as the
 * {@link CloneRequest} says; CD-ROMs and read-only or shareable disks are always shared. The
 * source's images are held still while they are read ({@link SourceFreeze}); a running source is
 * refused unless the request lets it be paused, and it is resumed afterwards whatever happens.
 *
 * Each copy has its own undo: a copy that fails or is cancelled leaves nothing behind, copies
 * finished before it stay and are reported.
 */
public final class CloneGuest {
    private static final Logger LOG = LoggerFactory.getLogger(CloneGuest.class);

    /** One finished clone and the volumes made for it. */
    public record Copy(String name, String uuid, List<String> volumes) {
    }

    /** The copies made, and why the rest were not (null when all were made). */
    public record Outcome(List<Copy> made, String failure) {
    }

    /** A disk of the source a clone needs its own of, as the Clone dialog lists it. */
    public record SourceDisk(String target, String path, String format, long allocation, long capacity) {
    }

    private CloneGuest() {
    }

    public static CompletableFuture<List<String>> precheck(HostSession host, String sourceUuid, List<String> names,
                                                           CloneMode mode) {
        return precheck(host, CloneRequest.of(sourceUuid, names, mode));
    }

    /** Every reason the clones cannot be made as asked; empty when they can. Changes nothing. */
    public static CompletableFuture<List<String>> precheck(HostSession host, CloneRequest request) {
        return host.submit("inspect for clone", null, conn -> problems(conn, request));
    }

    public static CompletableFuture<Outcome> run(HostSession host, String sourceUuid, List<String> names,
                                                 CloneMode mode, CancelSignal cancel) {
        return run(host, CloneRequest.of(sourceUuid, names, mode), OperationProgress.IGNORE, cancel);
    }

    /**
     * @param progress bytes copied across all full copies; a cancel takes effect between disks (a
     *                 volume copy in libvirt cannot be stopped half-way), and removes the copy in progress
     */
    public static CompletableFuture<Outcome> run(HostSession host, CloneRequest request, OperationProgress progress,
                                                 CancelSignal cancel) {
        return run(host, request, progress, cancel, true);
    }

    /**
     * For a caller whose {@link #precheck} of this very request on this host has just come back
     * empty and that runs the clone at once (summit clone): the same checks are not made again. A
     * caller that shows the check and waits for the user (the dialog) uses {@link #run} instead.
     */
    public static CompletableFuture<Outcome> runJustChecked(HostSession host, CloneRequest request,
                                                            OperationProgress progress, CancelSignal cancel) {
        return run(host, request, progress, cancel, false);
    }

    private static CompletableFuture<Outcome> run(HostSession host, CloneRequest request, OperationProgress progress,
                                                  CancelSignal cancel, boolean check) {
        return host.submit("clone", null, conn -> cloneAll(conn, request, progress, cancel, check))
                .thenCompose(outcome -> host.refreshGuest(request.sourceUuid()).thenApply(x -> outcome));
    }

    /** The source's disks that clones get their own of: path, format and size, for choosing per disk. */
    public static CompletableFuture<List<SourceDisk>> disks(HostSession host, String sourceUuid) {
        return host.submit("inspect for clone", null, conn -> {
            Domain source = conn.domainLookupByUUIDString(sourceUuid);
            List<SourceDisk> disks = new ArrayList<>();
            for (CloneDefinition.WritableDisk disk : CloneDefinition.of(
                    source.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE)).writableDisks()) {
                try {
                    StorageVol volume = conn.storageVolLookupByPath(disk.source());
                    disks.add(new SourceDisk(disk.target(), disk.source(), CloneDisks.format(volume),
                            volume.getInfo().allocation, volume.getInfo().capacity));
                } catch (LibvirtException e) {
                    disks.add(new SourceDisk(disk.target(), disk.source(), "?", 0, 0));
                }
            }
            return disks;
        });
    }

    /** Whether the source's displays ask for a password, so a clone must be given a new one or none. */
    public static CompletableFuture<Boolean> hasDisplayPassword(HostSession host, String sourceUuid) {
        return host.submit("inspect for clone", null, conn -> CloneDefinition.of(conn.domainLookupByUUIDString(sourceUuid)
                .getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE)).hasDisplayPassword());
    }

    /**
     * Loads and links the classes a clone's checks and copy go through, none of which the verbs' AOT
     * cache holds, so that a caller about to clone (summit clone, while its host connects) has it
     * done on an idle core instead of on the host's worker between the checks and the copy.
     */
    public static void prepare() {
        List<Class<?>> used = List.of(CloneDefinition.class, CloneDefinition.WritableDisk.class, GuestNames.class,
                CloneDisks.class, Templates.class, SourceFreeze.class, UndoStack.class, NvramCopy.class,
                CopyProgress.class, StoragePools.class, NewDiskPools.class, VolumeFormat.class, StorageVol.class,
                StoragePool.class, StoragePoolInfo.class, StorageVolInfo.class);
        for (Class<?> type : used) {
            try {
                Class.forName(type.getName(), true, type.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.debug("preparing {} for a clone failed: {}", type.getSimpleName(), e.toString());
            }
        }
    }

    /** "fuji" for one copy; "fuji-1", "fuji-2"… for several. */
    public static List<String> namesFor(String base, int count) {
        if (count == 1) {
            return List.of(base);
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(base + "-" + i);
        }
        return names;
    }

    static List<String> problems(Connect conn, String sourceUuid, List<String> names, CloneMode mode) throws LibvirtException {
        return problems(conn, CloneRequest.of(sourceUuid, names, mode));
    }

    static List<String> problems(Connect conn, CloneRequest request) throws LibvirtException {
        List<String> problems = new ArrayList<>();
        Domain source = conn.domainLookupByUUIDString(request.sourceUuid());
        if (source.isActive() == 1 && !request.pauseSource()) {
            problems.add("'" + source.getName() + "' is running; let Summit pause it while its disks are copied"
                    + " (it is resumed afterwards), or shut it down first.");
        }
        for (String name : request.names()) {
            GuestNames.problem(name).ifPresent(problems::add);
            if (GuestNames.problem(name).isEmpty() && GuestNames.inUse(conn, name)) {
                problems.add("A guest named '" + name + "' already exists on this host.");
            }
        }
        CloneDefinition definition = CloneDefinition.of(source.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE));
        problems.addAll(CloneDisks.problems(conn, definition.writableDisks(), request.names().size(), request));
        passwordProblem(source.getName(), definition, request.displayPassword()).ifPresent(problems::add);
        return problems;
    }

    /** A clone never inherits its source's display password: the caller must choose a new one or none. */
    private static Optional<String> passwordProblem(String source, CloneDefinition definition, ClonePassword password) {
        if (password instanceof ClonePassword.Given given) {
            return definition.hasPasswordedKindOfDisplay() ? ClonePassword.problem(given.secret())
                    : Optional.of("'" + source + "' has no VNC or SPICE display for a password to protect.");
        }
        if (password instanceof ClonePassword.Unchosen && definition.hasDisplayPassword()) {
            return Optional.of("'" + source + "' has a display password, which a clone never inherits:"
                    + " give the clone a new password, or none.");
        }
        return Optional.empty();
    }

    private static Outcome cloneAll(Connect conn, CloneRequest request, OperationProgress progress, CancelSignal cancel,
                                   boolean check) throws LibvirtException {
        List<String> problems = check ? problems(conn, request) : List.of();
        if (!problems.isEmpty()) {
            return new Outcome(List.of(), String.join(" ", problems));
        }
        Domain source = conn.domainLookupByUUIDString(request.sourceUuid());
        boolean paused = false;
        if (source.isActive() == 1 && source.getInfo().state == DomainInfo.DomainState.VIR_DOMAIN_RUNNING) {
            progress.report(0, 0, "Pausing " + source.getName());
            source.suspend();
            paused = true;
        }
        try {
            return cloneFrom(conn, source, request, progress, cancel);
        } finally {
            if (paused) {
                resume(source);
            }
        }
    }

    /** Whatever happened to the copies, the guest the user let us pause runs again. */
    private static void resume(Domain source) {
        try {
            source.resume();
        } catch (LibvirtException e) {
            LOG.warn("could not resume {} after cloning it: {}", source, LibvirtFailure.reason(e));
        }
    }

    private static Outcome cloneFrom(Connect conn, Domain source, CloneRequest request, OperationProgress progress,
                                     CancelSignal cancel) throws LibvirtException {
        String sourceXml = source.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE);
        SourceFreeze freeze;
        try {
            // The clones are made from sourceXml as it was: they read the images the source has just stopped writing to.
            freeze = SourceFreeze.hold(conn, source, sourceXml, request, Templates.isTemplate(source));
        } catch (LibvirtException | RuntimeException e) {
            return new Outcome(List.of(), "Could not move '" + source.getName() + "' onto an overlay: " + why(e) + ".");
        }
        String store = NvramCopy.storeOf(XmlTree.parse(sourceXml), source.getName());
        CopyProgress shown = new CopyProgress(progress, conn, sourceXml, request);
        List<Copy> made = new ArrayList<>();
        String failure = null;
        for (String name : request.names()) {
            if (cancel.isCancelled()) {
                failure = "Cancelled before '" + name + "'.";
                break;
            }
            UndoStack undo = new UndoStack();
            try {
                made.add(cloneOne(conn, sourceXml, store, name, request, undo, shown, cancel));
            } catch (LibvirtException | RuntimeException e) {
                List<String> left = undo.unwind();
                String why = e instanceof CancelledCopy ? "cancelled" : why(e);
                failure = "Could not make '" + name + "': " + why
                        + (left.isEmpty() ? "; nothing of it was left." : "; left behind: " + String.join(", ", left) + ".");
                break;
            }
        }
        try {
            if (made.isEmpty()) {
                freeze.undoAll();
            } else {
                freeze.release();
            }
        } catch (LibvirtException | RuntimeException e) {
            failure = (failure == null ? "" : failure + " ") + "'" + source.getName()
                    + "' could not be moved back onto its own disks: " + why(e) + ".";
        }
        return new Outcome(made, failure);
    }

    private static String why(Exception e) {
        return e instanceof LibvirtException libvirt ? LibvirtFailure.reason(libvirt) : e.getMessage();
    }

    /** The copy in progress stops between its disks; its undo then removes what it had. */
    private static final class CancelledCopy extends RuntimeException {
        CancelledCopy() {
            super("cancelled");
        }
    }

    private static Copy cloneOne(Connect conn, String sourceXml, String store, String name, CloneRequest request,
                                 UndoStack undo, CopyProgress shown, CancelSignal cancel) throws LibvirtException {
        CloneDefinition definition = CloneDefinition.of(sourceXml);
        List<String> volumes = new ArrayList<>();
        for (CloneDefinition.WritableDisk disk : definition.writableDisks()) {
            CloneMode mode = request.modeOf(disk.target());
            if (mode == CloneMode.SHARE) {
                continue;
            }
            if (cancel.isCancelled()) {
                throw new CancelledCopy();
            }
            String path = CloneDisks.copy(conn, disk.source(), name + "-" + disk.target(), mode, undo, shown.forCopy(name));
            shown.finished(name);
            definition.pointDiskAt(disk, path);
            volumes.add(path);
        }
        if (cancel.isCancelled()) {
            throw new CancelledCopy();
        }
        if (store != null) {
            definition.pointNvramAt(NvramCopy.copy(conn, store, name, undo));
        }
        definition.replaceDisplayPassword(request.displayPassword());
        Document xml = definition.forNewGuest(name);
        // A clone is an ordinary guest, even when its source is a template.
        Domain clone = conn.domainDefineXML(TemplateMark.unmarked(CloneDefinition.serialize(xml)));
        // A clone with UEFI variables must be undefined with leave to delete them (libvirt refuses otherwise).
        int flags = store != null ? LibvirtFlags.Undefine.NVRAM : 0;
        undo.push("definition " + name, () -> clone.undefine(flags));
        return new Copy(name, clone.getUUIDString(), volumes);
    }
}
