package dev.summit.connectors.storage;

import dev.summit.connectors.testing.RealDaemon;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * An iSCSI target of the test's own: Debian's user-space {@code tgtd} on 127.0.0.1 and a free port,
 * with its own management port, serving one LUN backed by a sparse file. Stopped by its PID.
 */
final class TgtTarget implements AutoCloseable {
    static final String IQN = "iqn.2026-12.dev.summit:storage-test";

    private final Process tgtd;
    private final int control;
    private final int port;
    private final Path dir;

    private TgtTarget(Process tgtd, int control, int port, Path dir) {
        this.tgtd = tgtd;
        this.control = control;
        this.port = port;
        this.dir = dir;
    }

    static TgtTarget start(long lunBytes) throws Exception {
        Path dir = Files.createTempDirectory("storage-tgt-");
        Path lun = dir.resolve("lun.img");
        try (var file = new java.io.RandomAccessFile(lun.toFile(), "rw")) {
            file.setLength(lunBytes);
        }
        int port = freePort();
        int control = 1000 + new java.util.Random().nextInt(30000); // its own management socket, /var/run/tgtd/socket.N
        Process tgtd = new ProcessBuilder("tgtd", "-f", "-C", String.valueOf(control), "--iscsi", "portal=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(dir.resolve("tgtd.log").toFile()).start();
        TgtTarget target = new TgtTarget(tgtd, control, port, dir);
        for (int i = 0; i < 50 && !target.answers(); i++) {
            Thread.sleep(100);
        }
        target.admin("--lld", "iscsi", "--mode", "target", "--op", "new", "--tid", "1", "--targetname", IQN);
        target.admin("--lld", "iscsi", "--mode", "logicalunit", "--op", "new", "--tid", "1", "--lun", "1", "--backing-store", lun.toString());
        target.admin("--lld", "iscsi", "--mode", "target", "--op", "bind", "--tid", "1", "--initiator-address", "ALL");
        return target;
    }

    /** host:port for the pool's source host. */
    String portal() {
        return "127.0.0.1:" + port;
    }

    private boolean answers() {
        try {
            admin("--lld", "iscsi", "--mode", "target", "--op", "show");
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private void admin(String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "tgtadm";
        command[1] = "-C";
        command[2] = String.valueOf(control);
        System.arraycopy(args, 0, command, 3, args.length);
        RealDaemon.run(command);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        // tgtd ignores SIGTERM while it serves targets; its own shutdown, then the kill by PID.
        try {
            admin("--mode", "system", "--op", "delete");
        } catch (IllegalStateException ignored) {
            // it may have gone already
        }
        tgtd.destroyForcibly();
        tgtd.waitFor(10, TimeUnit.SECONDS);
        StorageTestPools.removeTree(dir);
    }
}
