package dev.summit.connectors.ops;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.templates.TemplateMark;
import dev.summit.connectors.templates.Templates;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.w3c.dom.Document;

/**
 * Makes one or more clones of a shut-off guest, each with its own name, UUID and MAC addresses
 * (left out of the copied definition so libvirt makes new ones). Writable disks are copied whole
 * or become linked overlays ({@link CloneMode}); CD-ROMs and read-only or shareable disks are
 * shared as they are. For a linked clone the source itself is first moved onto an overlay of its
 * own, so the image its clones read is never written again.
 *
 * Each copy has its own undo: a copy that fails or is cancelled leaves nothing behind, copies
 * finished before it stay and are reported. The source is left as it was unless linked copies
 * were made (then it runs on its overlay, which is the point).
 */
public final class CloneGuest {
    /** One finished clone and the volumes made for it. */
    public record Copy(String name, String uuid, List<String> volumes) {
    }

    /** The copies made, and why the rest were not (null when all were made). */
    public record Outcome(List<Copy> made, String failure) {
    }

    private CloneGuest() {
    }

    /** Every reason the clones cannot be made as asked; empty when they can. Changes nothing. */
    public static CompletableFuture<List<String>> precheck(HostSession host, String sourceUuid, List<String> names,
                                                           CloneMode mode) {
        return host.submit("inspect for clone", null, conn -> problems(conn, sourceUuid, names, mode));
    }

    public static CompletableFuture<Outcome> run(HostSession host, String sourceUuid, List<String> names,
                                                 CloneMode mode, CancelSignal cancel) {
        return host.submit("clone", null, conn -> cloneAll(conn, sourceUuid, names, mode, cancel))
                .thenCompose(outcome -> host.refreshGuest(sourceUuid).thenApply(x -> outcome));
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

    static List<String> problems(Connect conn, String sourceUuid, List<String> names, CloneMode mode)
            throws LibvirtException {
        List<String> problems = new ArrayList<>();
        Domain source = conn.domainLookupByUUIDString(sourceUuid);
        if (source.isActive() == 1) {
            problems.add("'" + source.getName() + "' is running; shut it down first, so its disks hold still while they are copied.");
        }
        for (String name : names) {
            GuestNames.problem(name).ifPresent(problems::add);
            if (GuestNames.problem(name).isEmpty() && GuestNames.inUse(conn, name)) {
                problems.add("A guest named '" + name + "' already exists on this host.");
            }
        }
        CloneDefinition definition = CloneDefinition.of(source.getXMLDesc(CloneDefinition.XML_INACTIVE_SECURE));
        if (definition.hasNvram()) {
            problems.add("'" + source.getName() + "' keeps UEFI variables; Summit cannot copy them yet, so its clones would not boot the same.");
        }
        problems.addAll(CloneDisks.problems(conn, definition.writableDisks(), names.size(), mode));
        return problems;
    }

    private static Outcome cloneAll(Connect conn, String sourceUuid, List<String> names, CloneMode mode,
                                    CancelSignal cancel) throws LibvirtException {
        List<String> problems = problems(conn, sourceUuid, names, mode);
        if (!problems.isEmpty()) {
            return new Outcome(List.of(), String.join(" ", problems));
        }
        Domain source = conn.domainLookupByUUIDString(sourceUuid);
        String sourceXml = source.getXMLDesc(CloneDefinition.XML_INACTIVE_SECURE);
        // A template's disks are frozen already: nothing runs on them.
        if (mode == CloneMode.LINKED && !Templates.isTemplate(source)) {
            UndoStack undo = new UndoStack();
            try {
                // The clones are made from sourceXml as it was: they read the images the source
                // has just stopped writing to.
                CloneDisks.freezeBase(conn, sourceXml, undo);
            } catch (LibvirtException | RuntimeException e) {
                undo.unwind();
                return new Outcome(List.of(), "Could not move '" + source.getName() + "' onto an overlay: "
                        + why(e) + ".");
            }
        }
        List<Copy> made = new ArrayList<>();
        for (String name : names) {
            if (cancel.isCancelled()) {
                return new Outcome(made, "Cancelled before '" + name + "'.");
            }
            UndoStack undo = new UndoStack();
            try {
                made.add(cloneOne(conn, sourceXml, name, mode, undo));
            } catch (LibvirtException | RuntimeException e) {
                List<String> left = undo.unwind();
                return new Outcome(made, "Could not make '" + name + "': " + why(e)
                        + (left.isEmpty() ? "." : "; left behind: " + String.join(", ", left) + "."));
            }
        }
        return new Outcome(made, null);
    }

    private static String why(Exception e) {
        return e instanceof LibvirtException libvirt ? LibvirtFailure.reason(libvirt) : e.getMessage();
    }

    private static Copy cloneOne(Connect conn, String sourceXml, String name, CloneMode mode, UndoStack undo)
            throws LibvirtException {
        CloneDefinition definition = CloneDefinition.of(sourceXml);
        List<String> volumes = new ArrayList<>();
        for (CloneDefinition.WritableDisk disk : definition.writableDisks()) {
            String path = CloneDisks.copy(conn, disk.source(), name + "-" + disk.target(), mode, undo);
            definition.pointDiskAt(disk, path);
            volumes.add(path);
        }
        Document xml = definition.forNewGuest(name);
        // A clone is an ordinary guest, even when its source is a template.
        Domain clone = conn.domainDefineXML(TemplateMark.unmarked(CloneDefinition.serialize(xml)));
        undo.push("definition " + name, clone::undefine);
        return new Copy(name, clone.getUUIDString(), volumes);
    }
}
