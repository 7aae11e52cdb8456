package dev.summit.app.bench.edit;

import dev.summit.app.bench.Virsh;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Running grub-rescue guests for the edit benchmark, made with virsh in a pool of their own: one
 * vCPU of two, a 64 MiB qcow2 disk, the rescue ISO as CD, a card on "default", and a spare 1 GiB
 * volume to attach. Removed with their own volumes only (never --remove-all-storage: the ISO stays).
 */
public final class BenchGuests {
    static final String POOL = "summit-bench";
    static final Path POOL_DIR = Path.of("/var/lib/libvirt/summit-bench");
    static final Path ISO = Path.of("/usr/lib/grub-rescue/grub-rescue-cdrom.iso");

    /** A guest and the path of its spare volume. */
    public record Guest(String name, String spareDisk) {
    }

    private final Virsh virsh;
    private final String prefix;
    private final String virtType;

    public BenchGuests(Virsh virsh, String prefix, String virtType) {
        this.virsh = virsh;
        this.prefix = prefix;
        this.virtType = virtType;
    }

    public void preparePool() throws IOException, InterruptedException {
        virsh.quietly("net-start", "default");
        try {
            virsh.run("pool-info", POOL);
        } catch (IOException missing) {
            virsh.run("pool-define-as", POOL, "dir", "--target", POOL_DIR.toString());
            virsh.run("pool-build", POOL);
        }
        virsh.quietly("pool-start", POOL);
    }

    public Guest start(String suffix) throws IOException, InterruptedException {
        String name = prefix + "-" + suffix;
        remove(new Guest(name, null));
        virsh.run("vol-create-as", POOL, name + ".qcow2", "64M", "--format", "qcow2");
        virsh.run("vol-create-as", POOL, name + "-spare.qcow2", "1G", "--format", "qcow2");
        String xml = """
                <domain type='%s'>
                  <name>%s</name>
                  <memory unit='MiB'>256</memory>
                  <vcpu current='1'>2</vcpu>
                  <os><type arch='x86_64'>hvm</type><boot dev='cdrom'/></os>
                  <features><acpi/></features>
                  <devices>
                    <disk type='file' device='disk'><driver name='qemu' type='qcow2'/>
                      <source file='%s'/><target dev='vda' bus='virtio'/></disk>
                    <disk type='file' device='cdrom'><driver name='qemu' type='raw'/>
                      <source file='%s'/><target dev='hdc' bus='ide'/><readonly/></disk>
                    <interface type='network'><source network='default'/><model type='virtio'/></interface>
                    <graphics type='vnc' autoport='yes' listen='127.0.0.1'/>
                    <video><model type='vga'/></video>
                  </devices>
                </domain>
                """.formatted(virtType, name, POOL_DIR.resolve(name + ".qcow2"), ISO);
        Path file = Files.createTempFile("summit-bench", ".xml");
        try {
            Files.writeString(file, xml);
            virsh.run("define", file.toString());
        } finally {
            Files.delete(file);
        }
        virsh.run("start", name);
        return new Guest(name, POOL_DIR.resolve(name + "-spare.qcow2").toString());
    }

    /** The guest's UUID once the host's inventory lists it (the edits go through the inventory's host). */
    public String uuidOnceListed(HostSession host, String name) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (GuestSummary guest : host.inventory().guests().values()) {
                if (guest.name().equals(name)) {
                    return guest.uuid();
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(name + " did not appear in Summit's inventory within 20 s");
    }

    public void remove(Guest guest) throws InterruptedException {
        virsh.quietly("destroy", guest.name());
        virsh.quietly("undefine", guest.name());
        virsh.quietly("vol-delete", "--pool", POOL, guest.name() + ".qcow2");
        virsh.quietly("vol-delete", "--pool", POOL, guest.name() + "-spare.qcow2");
    }
}
