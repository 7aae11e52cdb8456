package dev.summit.connectors.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * New guests' XML against golden files ({@code xml/create/<case>-out.xml}), each also checked by
 * libvirt's schema. Run with {@code -Dsummit.golden.update=true} to rewrite the golden files after
 * an intended change, then read the diff.
 */
class NewDomainXmlTest {
    private static final String DEBIAN = "http://debian.org/debian/11";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("kvm-q35-virtio-network", KvmDomainBuilder.build(new GuestSpec("fuji <&> \"k2's\"", DEBIAN,
                        new GuestSize(2048, 2), new Emulation("kvm", Machine.Q35, Firmware.BIOS, null, true),
                        new GuestMedia("/var/lib/libvirt/images/fuji.qcow2", "qcow2", "/isos/debian-11.5.0-amd64-netinst.iso"),
                        new GuestNic(new NicChoice.Network("default"), "52:54:00:12:34:56"), DisplayListen.UNIX_SOCKET))),
                Arguments.of("kvm-i440fx-sata-bridge-uefi", KvmDomainBuilder.build(new GuestSpec("matterhorn", null,
                        new GuestSize(512, 1), new Emulation("qemu", Machine.I440FX, Firmware.UEFI, null, false),
                        new GuestMedia("/pool/matterhorn.qcow2", "qcow2", "/isos/old.iso"),
                        new GuestNic(new NicChoice.Bridge("br0"), "52:54:00:ab:cd:ef"), DisplayListen.LOCALHOST))),
                Arguments.of("kvm-q35-sata-iso-only", KvmDomainBuilder.build(new GuestSpec("k2", "http://libosinfo.org/unknown",
                        new GuestSize(128, 1), new Emulation("kvm", Machine.Q35, Firmware.BIOS, "/usr/bin/qemu-system-x86_64", false),
                        new GuestMedia(null, null, "/usr/lib/grub-rescue/grub-rescue-cdrom.iso"),
                        new GuestNic(new NicChoice.None(), null), DisplayListen.LOCALHOST))),
                Arguments.of("xen-pv-pygrub", XenDomainBuilder.build(new XenGuestSpec("eiger", DEBIAN, new GuestSize(1024, 2),
                        new XenBoot.PvBootloader(XenBoot.PvBootloader.PYGRUB),
                        new GuestMedia("/var/lib/xen/images/eiger.qcow2", "qcow2", null), "xenbr0", "00:16:3e:01:02:03"))),
                Arguments.of("xen-pv-kernel", XenDomainBuilder.build(new XenGuestSpec("denali", DEBIAN, new GuestSize(1024, 1),
                        new XenBoot.PvKernel("/var/lib/xen/boot/vmlinuz", "/var/lib/xen/boot/initrd.gz", "console=hvc0"),
                        new GuestMedia("/var/lib/xen/images/denali.qcow2", "qcow2", null), "xenbr0", "00:16:3e:0a:0b:0c"))),
                Arguments.of("xen-hvm", XenDomainBuilder.build(new XenGuestSpec("aconcagua", null, new GuestSize(2048, 2), new XenBoot.Hvm(),
                        new GuestMedia("/var/lib/xen/images/aconcagua.qcow2", "qcow2", "/isos/installer.iso"), null, null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesItsGoldenFileAndLibvirtsSchema(String name, String xml) throws Exception {
        String golden = "/xml/create/" + name + "-out.xml";
        if (Boolean.getBoolean("summit.golden.update")) {
            Files.writeString(Path.of("src/test/resources" + golden), xml);
        }
        assertThat(xml).isEqualTo(read(golden));
        VirtXmlValidate.assertValid(xml, "domain");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void userTextIsEscapedNotInterpreted(String name, String xml) {
        assertThat(xml).doesNotContain("<&>");
    }

    @org.junit.jupiter.api.Test
    void macsAreRandomWithinTheHypervisorsPrefix() {
        Random random = new Random(7);
        String kvm = MacAddresses.random(MacAddresses.KVM_PREFIX, random);
        String xen = MacAddresses.random(MacAddresses.XEN_PREFIX, random);

        assertThat(kvm).matches("52:54:00(:[0-9a-f]{2}){3}");
        assertThat(xen).matches("00:16:3e(:[0-9a-f]{2}){3}");
        assertThat(MacAddresses.random(MacAddresses.KVM_PREFIX, random)).isNotEqualTo(kvm);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = NewDomainXmlTest.class.getResourceAsStream(resource)) {
            return in == null ? "(missing " + resource + ")" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
