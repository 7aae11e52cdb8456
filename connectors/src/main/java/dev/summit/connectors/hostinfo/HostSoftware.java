package dev.summit.connectors.hostinfo;

/**
 * What virtualization software a host runs.
 *
 * @param hypervisor     the driver and its version, "QEMU 7.2.22"
 * @param libvirtVersion the daemon's libvirt, "9.0.0"
 * @param qemuVersion    "7.2.22", or "" on a host without QEMU (Xen, the test driver)
 */
public record HostSoftware(String hypervisor, String libvirtVersion, String qemuVersion) {
}
