package dev.summit.connectors.templates.importing;

import dev.summit.connectors.xml.NicChoice;
import java.nio.file.Path;

/**
 * What to import onto a KVM host: a template folder (vm.cfg + System.img) or a plain disk image.
 *
 * @param name      the guest's name, or null for vm.cfg's (a plain image needs one)
 * @param memoryMiB null for vm.cfg's (512 MiB for a plain image)
 * @param vcpus     null for vm.cfg's (1 for a plain image)
 * @param qcow2     convert the raw image to qcow2 in the pool instead of keeping it raw
 * @param network   where the template's network cards plug in on this host (one per vm.cfg vif, one for a
 *                  plain image): Xen's bridges (xenbr0) do not exist on a KVM host
 */
public record ImportRequest(Path source, String name, String pool, boolean qcow2, Long memoryMiB, Integer vcpus,
                            NicChoice network) {
    public ImportRequest {
        network = network == null ? new NicChoice.None() : network;
    }
}
