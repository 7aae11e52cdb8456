package dev.summit.connectors.backup;

import dev.summit.connectors.jna.StatsConnect;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A backup's or restore's own connection to the host, closed however the work ends. */
final class OwnConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OwnConnection.class);

    final StatsConnect conn;

    OwnConnection(String uri) throws LibvirtException {
        conn = new StatsConnect(uri, false);
    }

    @Override
    public void close() {
        try {
            conn.close();
        } catch (LibvirtException e) {
            LOG.debug("closing a backup connection: {}", e.getMessage());
        }
    }
}
