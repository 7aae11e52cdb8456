package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditGolden;
import dev.summit.connectors.testing.TestDriverHosts;
import java.util.List;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/** The device-edit tests' host: testdriver/edit-host.xml, fresh for each test, and a neighbour guest on it. */
final class EditHost implements AutoCloseable {
    /** Another guest of the host: its disk is images/neighbour.qcow2, its card 52:54:00:cc:dd:01. */
    static final String NEIGHBOUR = """
            <domain type='kvm'>
              <name>neighbour</name>
              <uuid>2f1d4c7e-3b55-4a8e-9d6a-000000000002</uuid>
              <memory unit='KiB'>131072</memory>
              <os><type arch='x86_64'>hvm</type></os>
              <devices>
                <disk type='file' device='disk'>
                  <driver name='qemu' type='qcow2'/>
                  <source file='/var/lib/libvirt/images/neighbour.qcow2'/>
                  <target dev='vda' bus='virtio'/>
                </disk>
                <disk type='file' device='cdrom'>
                  <source file='/var/lib/libvirt/images/install.iso'/>
                  <target dev='hdc' bus='ide'/>
                  <readonly/>
                </disk>
                <interface type='network'>
                  <mac address='52:54:00:cc:dd:01'/>
                  <source network='default'/>
                </interface>
              </devices>
            </domain>
            """;

    final Connect conn;

    EditHost() throws LibvirtException {
        conn = new Connect(TestDriverHosts.uri("edit-host.xml"));
    }

    /** The context of a stopped {@code guest} with the neighbour beside it. */
    EditContext context(Definition guest) {
        return EditGolden.context(guest, conn, List.of(Definition.parse(NEIGHBOUR)));
    }

    List<String> volumes(String pool) throws LibvirtException {
        return List.of(conn.storagePoolLookupByName(pool).listVolumes());
    }

    @Override
    public void close() throws LibvirtException {
        conn.close();
    }
}
