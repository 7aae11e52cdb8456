package dev.summit.connectors.templates.importing;

import java.util.Set;

/** vm.cfg's on_poweroff/on_reboot/on_crash words, which libvirt spells the same for the common ones. */
final class XenLifecycle {
    private static final Set<String> LIBVIRT = Set.of("destroy", "restart", "preserve", "rename-restart",
            "coredump-destroy", "coredump-restart");

    private XenLifecycle() {
    }

    /** null (keep the builder's default) for a word libvirt has no equivalent of, e.g. xl's "soft-reset". */
    static String libvirtAction(String xl) {
        return xl != null && LIBVIRT.contains(xl) ? xl : null;
    }
}
