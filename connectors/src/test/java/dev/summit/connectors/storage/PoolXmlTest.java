package dev.summit.connectors.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.xml.VirtXmlValidate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every kind of pool definition Summit writes passes libvirt's schema — the only proof here for
 * the NFS and GlusterFS pools this machine's kernel cannot mount — and user text is escaped.
 */
class PoolXmlTest {
    private static final UUID ID = UUID.fromString("6c1f3a8e-5555-4000-8000-000000000001");

    private static String xml(PoolType type, String target, String host, String path, String device, String format) throws Exception {
        String xml = PoolXml.of(new PoolSpec("storage-xml", type, target, host, path, device, format, true), ID);
        VirtXmlValidate.assertValid(xml, "storagepool");
        return xml;
    }

    @Test
    void everyKindValidates() throws Exception {
        assertThat(xml(PoolType.DIR, "/var/lib/libvirt/images2", null, null, null, null))
                .contains("<pool type=\"dir\">").contains("<path>/var/lib/libvirt/images2</path>");
        assertThat(xml(PoolType.FS, "/srv/fs", null, null, "/dev/sdb1", null)).contains("<device path=\"/dev/sdb1\"/>");
        assertThat(xml(PoolType.NETFS, "/mnt/nfs", "nfs.example.com", "/export/images", null, null))
                .contains("<host name=\"nfs.example.com\"/>").contains("<dir path=\"/export/images\"/>").contains("<format type=\"nfs\"/>");
        assertThat(xml(PoolType.NETFS, "/mnt/gluster", "gluster.example.com", "images", null, "glusterfs"))
                .contains("<format type=\"glusterfs\"/>");
        assertThat(xml(PoolType.ISCSI, null, "10.0.0.5:3260", null, "iqn.2026-01.com.example:disks", null))
                .contains("<host name=\"10.0.0.5\" port=\"3260\"/>").contains("<path>/dev/disk/by-path</path>");
        assertThat(xml(PoolType.ISCSI_DIRECT, null, "[fd00::5]:3260", null, "iqn.2026-01.com.example:disks", null))
                .contains("<host name=\"fd00::5\" port=\"3260\"/>").contains("<iqn name=\"iqn.2026-12.dev.summit:storage-xml\"/>")
                .doesNotContain("<target>");
        assertThat(xml(PoolType.LOGICAL, null, null, null, "/dev/sdc", null))
                .contains("<name>storage-xml</name>").contains("<format type=\"lvm2\"/>").contains("<path>/dev/storage-xml</path>");
    }

    @Test
    void userTextIsEscapedByConstruction() throws Exception {
        String xml = PoolXml.of(new PoolSpec("a&b<c>", PoolType.DIR, "/srv/it's \"here\"", null, null, null, null, true), ID);
        assertThat(xml).contains("<name>a&amp;b&lt;c&gt;</name>");
        VirtXmlValidate.assertValid(xml, "storagepool");
    }

    @Test
    void theMadeBySummitMarkDependsOnNameAndTarget() {
        assertThat(PoolXml.madeBySummit("a", "/x")).isEqualTo(PoolXml.madeBySummit("a", "/x"))
                .isNotEqualTo(PoolXml.madeBySummit("a", "/y")).isNotEqualTo(PoolXml.madeBySummit("b", "/x"));
    }

    @Test
    void specProblemsNameWhatIsMissing() {
        assertThat(new PoolSpec("p", PoolType.ISCSI_DIRECT, "/x", null, null, null, null, true).problems()).containsExactly(
                "An iscsi-direct pool has no target path: its volumes are reached over the network.",
                "An iscsi-direct pool needs a source host (the iSCSI portal).",
                "An iscsi-direct pool needs a source device: the target's IQN, such as iqn.2026-01.com.example:disks.");
        assertThat(new PoolSpec("p", PoolType.FS, "/srv/p", null, null, null, null, true).problems())
                .containsExactly("An fs pool needs a source device: the block device, such as /dev/sdb1.");
        assertThat(PoolSpec.directory("p", "/srv/p").problems()).isEmpty();
    }
}
