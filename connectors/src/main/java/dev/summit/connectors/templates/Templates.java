package dev.summit.connectors.templates;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.xml.DomainDisk;
import dev.summit.connectors.xml.DomainDisks;
import dev.summit.connectors.xml.XmlTree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /**
     * A template and the guests whose disks are built on its disks.
     *
     * @param osId       the osinfo id recorded in its metadata, or null
     * @param diskBytes  what its disks take on the host (allocation), 0 when not in a pool
     */
    public record Template(String name, String uuid, List<String> disks, List<String> dependentClones, String osId,
                           long diskBytes) {
    }

    private Templates() {
    }

    public static CompletableFuture<Void> mark(HostSession host, String uuid) {
        return host.submit("mark as template", null, conn -> {
            Domain domain = conn.domainLookupByUUIDString(uuid);
            if (domain.isActive() == 1) {
                throw new HostOperationException("'" + domain.getName() + "' is running; shut it down before making it a template.");
            }
            conn.domainDefineXML(TemplateMark.marked(domain.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE)));
            return null;
        }).thenCompose(x -> host.refreshGuest(uuid));
    }

    public static CompletableFuture<Void> unmark(HostSession host, String uuid) {
        return host.submit("unmark template", null, conn -> {
            Domain domain = conn.domainLookupByUUIDString(uuid);
            conn.domainDefineXML(TemplateMark.unmarked(domain.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE)));
            return null;
        }).thenCompose(x -> host.refreshGuest(uuid));
    }

    public static CompletableFuture<List<Template>> list(HostSession host) {
        return host.submit("list templates", null, Templates::list);
    }

    /** Every template of the host, with its dependent clones. */
    public static List<Template> list(Connect conn) throws LibvirtException {
        List<Domain> domains = allDomains(conn);
        // Every guest's backing chains are read once, not once per template.
        Map<String, Set<String>> basesByGuest = new LinkedHashMap<>();
        List<Domain> marked = new ArrayList<>();
        for (Domain domain : domains) {
            String xml = domain.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE);
            basesByGuest.put(domain.getUUIDString(), bases(conn, writableDisks(xml)));
            if (TemplateMark.isTemplate(xml)) {
                marked.add(domain);
            }
        }
        List<Template> templates = new ArrayList<>();
        for (Domain template : marked) {
            List<String> disks = writableDisks(template.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE));
            List<String> clones = new ArrayList<>();
            for (Domain domain : domains) {
                Set<String> bases = basesByGuest.get(domain.getUUIDString());
                if (!domain.getUUIDString().equals(template.getUUIDString()) && disks.stream().anyMatch(bases::contains)) {
                    clones.add(domain.getName());
                }
            }
            String xml = template.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE);
            templates.add(new Template(template.getName(), template.getUUIDString(), disks, clones, osIdOf(xml),
                    allocation(conn, disks)));
        }
        return templates;
    }

    /** "http://debian.org/debian/11" → "debian 11": readable without loading the osinfo database. */
    public static String osLabel(String osId) {
        if (osId == null || osId.endsWith("/unknown")) {
            return "unknown";
        }
        return osId.replaceFirst("^[a-z]+://[^/]+/", "").replace('/', ' ');
    }

    private static String osIdOf(String xml) {
        java.util.regex.Matcher os = java.util.regex.Pattern.compile("<libosinfo:os id=['\"]([^'\"]+)['\"]").matcher(xml);
        return os.find() ? os.group(1) : null;
    }

    private static long allocation(Connect conn, List<String> disks) {
        long bytes = 0;
        for (String disk : disks) {
            try {
                bytes += conn.storageVolLookupByPath(disk).getInfo().allocation;
            } catch (LibvirtException e) {
                // not in a pool: its size is not known to libvirt
            }
        }
        return bytes;
    }

    /** A template as a chooser lists it: no backing chains walked, so it is quick on any host. */
    public record Named(String name, String uuid, String osId, long memoryMiB, int vcpus) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The host's templates, by name; for callers already on the host's worker. */
    public static List<Named> named(Connect conn) throws LibvirtException {
        List<Named> named = new ArrayList<>();
        for (Domain domain : allDomains(conn)) {
            String xml = domain.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE);
            if (TemplateMark.isTemplate(xml)) {
                org.w3c.dom.Document parsed = dev.summit.connectors.xml.XmlTree.parse(xml);
                // The persistent definition holds memory in KiB whatever unit it was defined in.
                long memoryKiB = Long.parseLong(parsed.getElementsByTagName("memory").item(0).getTextContent().strip());
                int vcpus = Integer.parseInt(parsed.getElementsByTagName("vcpu").item(0).getTextContent().strip());
                named.add(new Named(domain.getName(), domain.getUUIDString(), osIdOf(xml),
                        memoryKiB / 1024, vcpus));
            }
        }
        named.sort(java.util.Comparator.comparing(Named::name));
        return named;
    }

    /** True when the guest is a template; for callers already on the host's worker. */
    public static boolean isTemplate(Domain domain) throws LibvirtException {
        return TemplateMark.isTemplate(domain.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE));
    }

    /**
     * The guests (other than {@code uuid}) with a disk whose backing chain reaches one of
     * {@code disks}: deleting those disks would break them.
     */
    public static List<String> dependents(Connect conn, String uuid, List<String> disks) throws LibvirtException {
        List<String> names = new ArrayList<>();
        for (Domain domain : allDomains(conn)) {
            if (!domain.getUUIDString().equals(uuid)
                    && disks.stream().anyMatch(bases(conn, writableDisks(domain.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE)))::contains)) {
                names.add(domain.getName());
            }
        }
        return names;
    }

    /** Every image the disks are built on, down their backing chains (the disks themselves not included). */
    private static Set<String> bases(Connect conn, List<String> disks) {
        Set<String> bases = new HashSet<>();
        for (String disk : disks) {
            String current = backingOf(conn, disk);
            for (int depth = 0; depth < 64 && current != null && bases.add(current); depth++) {
                current = backingOf(conn, current);
            }
        }
        return bases;
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
