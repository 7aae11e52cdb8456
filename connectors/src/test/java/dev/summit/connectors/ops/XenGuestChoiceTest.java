package dev.summit.connectors.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.osinfo.OsEntry;
import dev.summit.connectors.osinfo.OsInfoDb;
import dev.summit.connectors.xml.GuestMedia;
import dev.summit.connectors.xml.GuestNic;
import dev.summit.connectors.xml.GuestSize;
import dev.summit.connectors.xml.NicChoice;
import dev.summit.connectors.xml.VirtXmlValidate;
import dev.summit.connectors.xml.XenBoot;
import dev.summit.connectors.xml.XenDomainBuilder;
import org.junit.jupiter.api.Test;

/**
 * What the wizard and {@code summit create} make on a Xen host, decided without one (Xen cannot run
 * on the test machines): the boot kind per source, and XML libvirt's schema accepts.
 */
class XenGuestChoiceTest {
    private final OsEntry debian = OsInfoDb.system().find("debian11").orElseThrow();

    @Test
    void anInstallIsoGetsHvmAnExistingLinuxDiskPvWithPygrubAndAnInstallerKernelBootsPv() {
        assertThat(XenGuestChoice.bootFor(false, debian, null)).isInstanceOf(XenBoot.Hvm.class);
        assertThat(XenGuestChoice.bootFor(true, debian, null))
                .isEqualTo(new XenBoot.PvBootloader(XenBoot.PvBootloader.PYGRUB));
        assertThat(XenGuestChoice.bootFor(true, OsEntry.GENERIC, null)).as("not known to be PV capable")
                .isInstanceOf(XenBoot.Hvm.class);
        XenBoot.PvKernel kernel = new XenBoot.PvKernel("/var/lib/xen/boot/vmlinuz", "/var/lib/xen/boot/initrd.gz", "");
        assertThat(XenGuestChoice.bootFor(false, debian, kernel)).isEqualTo(kernel);
    }

    @Test
    void theXmlOfEachKindPassesLibvirtsSchema() throws Exception {
        for (XenBoot boot : new XenBoot[] {new XenBoot.Hvm(), new XenBoot.PvBootloader(XenBoot.PvBootloader.PYGRUB),
                new XenBoot.PvKernel("/boot/vmlinuz", "/boot/initrd.gz", "console=hvc0")}) {
            String xml = XenDomainBuilder.build(XenGuestChoice.spec("k2", debian, new GuestSize(1024, 2), boot,
                    new GuestMedia("/var/lib/xen/images/k2.qcow2", "qcow2", "/isos/debian.iso"),
                    new GuestNic(new NicChoice.Bridge("xenbr0"), "00:16:3e:00:00:01")));
            VirtXmlValidate.assertValid(xml, "domain");
            assertThat(xml).contains("<domain type=\"xen\">").contains("xenbr0");
            assertThat(xml.contains("/isos/debian.iso")).as("only HVM has a CD-ROM").isEqualTo(boot instanceof XenBoot.Hvm);
        }
    }

    @Test
    void aLibvirtNetworkAndPxeAreRefusedWithTheReason() {
        assertThat(XenGuestChoice.problem(new NicChoice.Network("default"), false))
                .isEqualTo("A Xen guest joins a host bridge (xenbr0, say), not the libvirt network 'default'.");
        assertThat(XenGuestChoice.problem(new NicChoice.Bridge("xenbr0"), true)).startsWith("Booting from the network (PXE)");
        assertThat(XenGuestChoice.problem(new NicChoice.Bridge("xenbr0"), false)).isNull();
        assertThat(XenGuestChoice.problem(new NicChoice.None(), false)).isNull();
    }
}
