package dev.summit.app.guest.details;

import dev.summit.app.guest.ShownGuest;
import dev.summit.app.guest.overview.OverviewPage;
import dev.summit.connectors.edit.Definition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.w3c.dom.Element;

/**
 * Which pages the Details list has for a definition, in order: Overview, Identity, Memory, CPUs, one
 * per disk, one per CD/DVD drive, one per NIC, Boot, Display, XML, Add hardware. Devices are found here, once, so the
 * pages and the list agree on what a key means.
 */
final class HardwareList {
    /** One entry to show: its key, and how to make its page the first time it appears. */
    record Entry(String key, Supplier<DetailsPage> page) {
    }

    private HardwareList() {
    }

    static List<Entry> entries(Definition definition, ShownGuest guest) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(OverviewPage.KEY, () -> new OverviewPage(guest)));
        entries.add(new Entry(IdentityPage.KEY, () -> new IdentityPage(guest)));
        entries.add(new Entry(MemoryPage.KEY, () -> new MemoryPage(guest)));
        entries.add(new Entry(CpuPage.KEY, () -> new CpuPage(guest)));
        if (definition != null) {
            for (Element disk : disks(definition)) {
                String target = target(disk);
                entries.add(new Entry(DiskPage.key(target), () -> new DiskPage(guest, target)));
            }
            for (Element cdrom : cdroms(definition)) {
                String target = target(cdrom);
                entries.add(new Entry(CdromPage.key(target), () -> new CdromPage(guest, target)));
            }
            List<Element> nics = nics(definition);
            for (int i = 0; i < nics.size(); i++) {
                String id = nicId(nics.get(i), i);
                entries.add(new Entry(NicPage.key(id), () -> new NicPage(guest, id)));
            }
        }
        entries.add(new Entry(BootPage.KEY, () -> new BootPage(guest)));
        entries.add(new Entry(DisplayPage.KEY, () -> new DisplayPage(guest)));
        entries.add(new Entry(XmlPage.KEY, () -> new XmlPage(guest)));
        entries.add(new Entry(AddHardwarePage.KEY, () -> new AddHardwarePage(guest)));
        return entries;
    }

    /** Hard disks (and floppies, LUNs): every {@code <disk>} that is not a CD/DVD drive. */
    static List<Element> disks(Definition definition) {
        return Definition.children(definition.devices(), "disk").stream()
                .filter(d -> !"cdrom".equals(Definition.attribute(d, "device"))).toList();
    }

    static List<Element> cdroms(Definition definition) {
        return Definition.children(definition.devices(), "disk").stream()
                .filter(d -> "cdrom".equals(Definition.attribute(d, "device"))).toList();
    }

    static List<Element> nics(Definition definition) {
        return Definition.children(definition.devices(), "interface");
    }

    /** The drive's guest-side name ("vda"), which libvirt keeps unique among a guest's disks. */
    static String target(Element disk) {
        String dev = Definition.attribute(Definition.child(disk, "target"), "dev");
        return dev == null ? "?" : dev;
    }

    /** A NIC is its MAC address; one without (a hand-written definition before its first define) its position. */
    static String nicId(Element nic, int index) {
        String mac = Definition.attribute(Definition.child(nic, "mac"), "address");
        return mac != null ? mac : "#" + (index + 1);
    }

    static Element disk(Definition definition, String target) {
        return disks(definition).stream().filter(d -> target.equals(target(d))).findFirst().orElse(null);
    }

    static Element cdrom(Definition definition, String target) {
        return cdroms(definition).stream().filter(d -> target.equals(target(d))).findFirst().orElse(null);
    }

    static Element nic(Definition definition, String id) {
        List<Element> nics = nics(definition);
        for (int i = 0; i < nics.size(); i++) {
            if (id.equals(nicId(nics.get(i), i))) {
                return nics.get(i);
            }
        }
        return null;
    }
}
