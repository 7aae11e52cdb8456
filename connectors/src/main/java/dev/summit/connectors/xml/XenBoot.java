package dev.summit.connectors.xml;

/** How a Xen guest starts: paravirtualised from its own disk's GRUB config, from a given kernel, or fully virtualised. */
public sealed interface XenBoot {
    /** PV, with pygrub reading the guest's boot menu from its disk. */
    record PvBootloader(String bootloader) implements XenBoot {
        public static final String PYGRUB = "/usr/lib/xen/bin/pygrub";
    }

    /** PV, booting a kernel and initrd on the host (an installer's, for a network install). */
    record PvKernel(String kernel, String initrd, String cmdline) implements XenBoot {
    }

    /** HVM: an emulated PC that boots the CD-ROM or disk like a KVM guest. */
    record Hvm() implements XenBoot {
        public static final String HVMLOADER = "/usr/lib/xen/boot/hvmloader";
    }
}
