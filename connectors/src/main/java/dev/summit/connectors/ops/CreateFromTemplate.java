package dev.summit.connectors.ops;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.templates.Templates;
import dev.summit.connectors.xml.XmlTree;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.NodeInfo;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A new guest from a template: one clone (linked by default, so it is made in a moment whatever
 * the template's size), its memory and vCPUs set as asked, then started. Shared by the wizard's
 * template source and {@code summit create --template}. A start that fails removes the clone.
 */
public final class CreateFromTemplate {
    private static final long KIB_PER_MIB = 1024;

    /**
     * @param memoryMiB        0 keeps the template's
     * @param vcpus            0 keeps the template's
     * @param displayPassword  the new guest's own, or none; never the template's
     */
    public record Request(String template, String name, CloneMode mode, long memoryMiB, int vcpus,
                          ClonePassword displayPassword) {
        /** Password unchosen: refused when the template has one. */
        public Request(String template, String name, CloneMode mode, long memoryMiB, int vcpus) {
            this(template, name, mode, memoryMiB, vcpus, ClonePassword.UNCHOSEN);
        }
    }

    private CreateFromTemplate() {
    }

    /** Every reason the guest cannot be made as asked; empty when it can. Changes nothing. */
    public static CompletableFuture<List<String>> precheck(HostSession host, Request request) {
        return host.submit("check", request.name(), conn -> {
            List<String> problems = new ArrayList<>();
            Templates.Named template = find(conn, request.template());
            if (template == null) {
                problems.add("There is no template '" + request.template() + "' on this host (summit template list shows them).");
                return problems;
            }
            NodeInfo node = conn.nodeInfo();
            if (request.memoryMiB() > node.memory / KIB_PER_MIB) {
                problems.add(request.memoryMiB() + " MiB is more memory than the host has (" + node.memory / KIB_PER_MIB + " MiB).");
            }
            if (request.vcpus() > node.cpus) {
                problems.add(request.vcpus() + " vCPUs are more than the host's " + node.cpus + " CPUs.");
            }
            if (request.memoryMiB() < 0 || request.vcpus() < 0) {
                problems.add("Memory and vCPUs must be more than 0.");
            }
            problems.addAll(CloneGuest.problems(conn, cloneRequest(template.uuid(), request)));
            return problems;
        });
    }

    public static CompletableFuture<CreatedGuest> run(HostSession host, Request request, OperationProgress progress,
                                                      CancelSignal cancel) {
        return precheck(host, request).thenCompose(problems -> {
            if (!problems.isEmpty()) {
                throw new HostOperationException("Could not create '" + request.name() + "': " + String.join(" ", problems));
            }
            progress.report(0.1, 0, (request.mode() == CloneMode.LINKED ? "Linking" : "Copying") + " the disks of template "
                    + request.template());
            return host.submit("find template", request.template(), conn -> find(conn, request.template()).uuid());
        }).thenCompose(uuid -> CloneGuest.run(host, cloneRequest(uuid, request), OperationProgress.IGNORE, cancel))
                .thenCompose(outcome -> {
                    if (outcome.made().isEmpty()) {
                        throw new HostOperationException("Could not create '" + request.name() + "': " + outcome.failure());
                    }
                    CloneGuest.Copy copy = outcome.made().get(0);
                    progress.report(0.7, 0, "Starting " + request.name());
                    return host.submit("start", request.name(), conn -> start(conn, request, copy));
                }).thenCompose(created -> host.refreshGuest(created.uuid()).handle((ok, ignored) -> {
                    progress.report(1, 0, request.name() + " is running");
                    return created;
                }));
    }

    private static CloneRequest cloneRequest(String templateUuid, Request request) {
        return CloneRequest.of(templateUuid, List.of(request.name()), request.mode())
                .withDisplayPassword(request.displayPassword());
    }

    private static Templates.Named find(Connect conn, String nameOrUuid) throws LibvirtException {
        return Templates.named(conn).stream().filter(t -> t.name().equals(nameOrUuid) || t.uuid().equals(nameOrUuid))
                .findFirst().orElse(null);
    }

    /** Resources as asked, then start; if either fails the clone and its volumes go. */
    private static CreatedGuest start(Connect conn, Request request, CloneGuest.Copy copy) throws LibvirtException {
        Domain domain = conn.domainLookupByUUIDString(copy.uuid());
        try {
            Document xml = XmlTree.parse(domain.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE));
            if (request.memoryMiB() > 0) {
                setText(xml, "memory", Long.toString(request.memoryMiB() * KIB_PER_MIB));
                setText(xml, "currentMemory", Long.toString(request.memoryMiB() * KIB_PER_MIB));
            }
            if (request.vcpus() > 0) {
                setText(xml, "vcpu", Integer.toString(request.vcpus()));
                ((Element) xml.getElementsByTagName("vcpu").item(0)).removeAttribute("current");
            }
            domain = conn.domainDefineXML(XmlTree.serialize(xml));
            domain.create();
            String defined = domain.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE);
            Document now = XmlTree.parse(defined);
            long memoryMiB = Long.parseLong(text(now, "memory")) / KIB_PER_MIB;
            int vcpus = Integer.parseInt(text(now, "vcpu"));
            return new CreatedGuest(request.name(), copy.uuid(), "from template " + request.template(), null,
                    new GuestResources(memoryMiB, vcpus, 0), copy.volumes().isEmpty() ? null : copy.volumes().get(0), defined);
        } catch (LibvirtException | RuntimeException e) {
            List<String> left = remove(conn, domain, copy);
            String reason = e instanceof LibvirtException libvirt ? LibvirtFailure.reason(libvirt) : e.getMessage();
            throw new HostOperationException("Could not create '" + request.name() + "': it failed to start (" + reason + ")"
                    + (left.isEmpty() ? "; nothing was left behind." : "; could not remove " + String.join(" and ", left) + "."), e);
        }
    }

    private static List<String> remove(Connect conn, Domain domain, CloneGuest.Copy copy) {
        UndoStack undo = new UndoStack();
        for (String volume : copy.volumes()) {
            undo.push("volume " + volume, () -> conn.storageVolLookupByPath(volume).delete(0));
        }
        undo.push("definition " + copy.name(), () -> {
            if (domain.isActive() == 1) {
                domain.destroy();
            }
            domain.undefine();
        });
        return undo.unwind();
    }

    /** libvirt keeps these in KiB whatever unit they were defined in; the unit attribute goes with the old value. */
    private static void setText(Document xml, String element, String value) {
        Element e = (Element) xml.getElementsByTagName(element).item(0);
        e.setTextContent(value);
        e.removeAttribute("unit");
    }

    private static String text(Document xml, String element) {
        return xml.getElementsByTagName(element).item(0).getTextContent().strip();
    }
}
