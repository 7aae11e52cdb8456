package dev.summit.connectors.templates;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.xml.DomainDisk;
import dev.summit.connectors.xml.DomainDisks;
import dev.summit.connectors.xml.XmlTree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.StorageVol;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Templates: shut-off guests marked so they are never started, whose disks are the frozen bases
 * that linked clones read. Marking is a redefinition with {@link TemplateMark} in the metadata.
 */
public final class Templates {
    /** virDomainXMLFlags: the persistent definition, with secrets, so a redefinition loses nothing. */
    private static final int XML_INACTIVE_SECURE = 2 | 1;

    /** A template and the guests whose disks are built on its disks. */
    public record Template(String name, String uuid, List<String> disks, List<String> dependentClones) {
    }

    private Templates() {
    }

    public static CompletableFuture<Void> mark(HostSession host, String uuid) {
        return host.submit("mark as template", null, conn -> {
            Domain domain = conn.domainLookupByUUIDString(uuid);
            if (domain.isActive() == 1) {
                throw new HostOperationException("'" + domain.getName() + "' is running; shut it down before making it a template.");
            }
            conn.domainDefineXML(TemplateMark.marked(domain.getXMLDesc(XML_INACTIVE_SECURE)));
            return null;
        }).thenCompose(x -> host.refreshGuest(uuid));
    }

    public static CompletableFuture<Void> unmark(HostSession host, String uuid) {
        return host.submit("unmark template", null, conn -> {
            Domain domain = conn.domainLookupByUUIDString(uuid);
            conn.domainDefineXML(TemplateMark.unmarked(domain.getXMLDesc(XML_INACTIVE_SECURE)));
            return null;
        }).thenCompose(x -> host.refreshGuest(uuid));
    }

    public static CompletableFuture<List<Template>> list(HostSession host) {
        return host.submit("list templates", null, Templates::list);
    }

    /** Every template of the host, with its dependent clones. */
    public static List<Template> list(Connect conn) throws LibvirtException {
        List<Template> templates = new ArrayList<>();
        for (Domain domain : allDomains(conn)) {
            String xml = domain.getXMLDesc(XML_INACTIVE_SECURE);
            if (TemplateMark.isTemplate(xml)) {
                List<String> disks = writableDisks(xml);
                templates.add(new Template(domain.getName(), domain.getUUIDString(), disks,
                        dependents(conn, domain.getUUIDString(), disks)));
            }
        }
        return templates;
    }

    /** True when the guest is a template; for callers already on the host's worker. */
    public static boolean isTemplate(Domain domain) throws LibvirtException {
        return TemplateMark.isTemplate(domain.getXMLDesc(XML_INACTIVE_SECURE));
    }

    /**
     * The guests (other than {@code uuid}) with a disk whose backing chain reaches one of
     * {@code disks}: deleting those disks would break them.
     */
    public static List<String> dependents(Connect conn, String uuid, List<String> disks) throws LibvirtException {
        Set<String> bases = new HashSet<>(disks);
        List<String> names = new ArrayList<>();
        for (Domain domain : allDomains(conn)) {
            if (domain.getUUIDString().equals(uuid)) {
                continue;
            }
            for (String disk : writableDisks(domain.getXMLDesc(XML_INACTIVE_SECURE))) {
                if (chainReaches(conn, disk, bases)) {
                    names.add(domain.getName());
                    break;
                }
            }
        }
        return names;
    }

    private static boolean chainReaches(Connect conn, String path, Set<String> bases) {
        String current = path;
        for (int depth = 0; depth < 64 && current != null; depth++) {
            String backing = backingOf(conn, current);
            if (backing != null && bases.contains(backing)) {
                return true;
            }
            current = backing;
        }
        return false;
    }

    /** The image a volume is an overlay of, or null (not an overlay, or not in a pool). */
    private static String backingOf(Connect conn, String path) {
        try {
            StorageVol volume = conn.storageVolLookupByPath(path);
            NodeList backing = XmlTree.parse(volume.getXMLDesc(0)).getElementsByTagName("backingStore");
            if (backing.getLength() == 0) {
                return null;
            }
            NodeList paths = ((Element) backing.item(0)).getElementsByTagName("path");
            return paths.getLength() == 0 ? null : paths.item(0).getTextContent().strip();
        } catch (LibvirtException e) {
            return null;
        }
    }

    private static List<String> writableDisks(String xml) {
        List<String> paths = new ArrayList<>();
        for (DomainDisk disk : DomainDisks.parse(xml)) {
            if ("disk".equals(disk.device()) && !disk.readOnly() && !disk.shareable() && disk.source() != null
                    && !disk.source().isEmpty()) {
                paths.add(disk.source());
            }
        }
        return paths;
    }

    private static List<Domain> allDomains(Connect conn) throws LibvirtException {
        List<Domain> domains = new ArrayList<>();
        // A guest can go between the listing and the lookup (another client deleted it): skip it.
        for (int id : conn.listDomains()) {
            try {
                domains.add(conn.domainLookupByID(id));
            } catch (LibvirtException gone) {
                continue;
            }
        }
        for (String name : conn.listDefinedDomains()) {
            try {
                domains.add(conn.domainLookupByName(name));
            } catch (LibvirtException gone) {
                continue;
            }
        }
        return domains;
    }
}
