package dev.summit.connectors.backup;

import dev.summit.connectors.xml.DomainDisk;
import dev.summit.connectors.xml.DomainDisks;
import dev.summit.connectors.xml.XmlTree;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Which of a guest's disks a backup copies (writable, unshared file images) and the XML of the
 * backup job and its checkpoint: every other disk is marked {@code backup='no'} and
 * {@code checkpoint='no'}, so libvirt never tries to read a CD-ROM.
 */
final class BackupDisks {
    private final List<DomainDisk> all;

    BackupDisks(String domainXml) {
        this.all = DomainDisks.parse(domainXml).stream().filter(d -> !d.target().isEmpty()).toList();
    }

    List<DomainDisk> copied() {
        return all.stream().filter(BackupDisks::isCopied).toList();
    }

    /** Writable disks a backup cannot copy (block devices, network disks, pool references): named for the refusal. */
    List<DomainDisk> unsupported() {
        return all.stream().filter(d -> "disk".equals(d.device()) && !d.readOnly() && !d.shareable()
                && !"file".equals(d.type())).toList();
    }

    private static boolean isCopied(DomainDisk d) {
        return "disk".equals(d.device()) && "file".equals(d.type()) && !d.readOnly() && !d.shareable()
                && d.source() != null;
    }

    /** {@code <domainbackup>} in push mode writing each copied disk to {@code folder/TARGET.qcow2}. */
    String backupXml(String folder, String incrementalFrom) {
        XmlTree xml = XmlTree.withRoot("domainbackup");
        if (incrementalFrom != null) {
            xml.add(xml.root(), "incremental").setTextContent(incrementalFrom);
        }
        Element disks = xml.add(xml.root(), "disks");
        for (DomainDisk disk : all) {
            if (isCopied(disk)) {
                Element element = xml.add(disks, "disk", "name", disk.target(), "type", "file");
                xml.add(element, "target", "file", folder + "/" + fileOf(disk));
                xml.add(element, "driver", "type", "qcow2");
            } else {
                xml.add(disks, "disk", "name", disk.target(), "backup", "no");
            }
        }
        return xml.serialize();
    }

    /** {@code <domaincheckpoint>}: a persistent bitmap in each copied disk, named like the checkpoint. */
    String checkpointXml(String name) {
        XmlTree xml = XmlTree.withRoot("domaincheckpoint");
        xml.add(xml.root(), "name").setTextContent(name);
        Element disks = xml.add(xml.root(), "disks");
        for (DomainDisk disk : all) {
            xml.add(disks, "disk", "name", disk.target(), "checkpoint", isCopied(disk) ? "bitmap" : "no");
        }
        return xml.serialize();
    }

    static String fileOf(DomainDisk disk) {
        return disk.target() + ".qcow2";
    }

    static List<String> targets(List<DomainDisk> disks) {
        List<String> targets = new ArrayList<>();
        disks.forEach(d -> targets.add(d.target()));
        return targets;
    }
}
