package dev.summit.connectors.jna;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.testing.TestDriverHosts;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.libvirt.Connect;
import org.libvirt.jna.Libvirt;

/**
 * The class built ahead is the one JNA then binds libvirt-java with; were it another (a JNA that
 * builds its proxy in another class loader), the work ahead would be wasted and the start would pay
 * for the proxy twice.
 */
class LibvirtJavaProxyTest {
    @Test
    void jnaBindsLibvirtJavaWithTheClassBuiltAhead() throws Exception {
        Class<?> builtAhead = LibvirtJavaProxy.buildAhead().get(30, TimeUnit.SECONDS);
        Connect host = new Connect(TestDriverHosts.uri("details-host.xml"), true);
        try {
            assertThat(host.listDefinedDomains().length + host.numOfDomains()).isPositive();
            assertThat(Libvirt.INSTANCE.getClass()).isSameAs(builtAhead);
            assertThat(LibvirtJavaProxy.buildAhead().get()).as("built once per process").isSameAs(builtAhead);
        } finally {
            host.close();
        }
    }
}
