package dev.summit.connectors.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.summit.connectors.host.LibvirtFlags.Migrate;
import dev.summit.connectors.jna.NativeMigration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin's choices as libvirt flags, and libvirt's job figures as the dialog reads them. */
class MigrationRequestTest {
    private static MigrationRequest request(MigrationMode mode, StorageCopy storage, boolean keepSource,
                                            boolean keepPaused, boolean tunnelled) {
        return MigrationRequest.live("a", "u", "b").withMode(mode).withStorage(storage)
                .with(MigrationOption.KEEP_SOURCE, keepSource).with(MigrationOption.KEEP_PAUSED, keepPaused)
                .with(MigrationOption.AUTO_CONVERGE, true).with(MigrationOption.POST_COPY, true)
                .with(MigrationOption.COMPRESSED, true).with(MigrationOption.TUNNELLED, tunnelled);
    }

    @Test
    void liveMoveDefinesOnTheDestinationAndUndefinesTheSource() {
        int flags = MigrationRequest.live("a", "u", "b").flags();
        assertEquals(Migrate.LIVE | Migrate.PERSIST_DEST | Migrate.UNDEFINE_SOURCE
                | Migrate.ABORT_ON_ERROR, flags);
    }

    @Test
    void pausedModeIsANonLiveMoveAndKeepPausedAsksLibvirtToLeaveItPaused() {
        int flags = request(MigrationMode.PAUSED, StorageCopy.SHARED, true, true, false).flags();
        assertEquals(0, flags & Migrate.LIVE);
        assertEquals(Migrate.PAUSED, flags & Migrate.PAUSED);
        assertEquals(0, flags & Migrate.UNDEFINE_SOURCE);
    }

    @Test
    void offlineCarriesNoRuntimeOptionsAndNoDiskCopy() {
        int flags = request(MigrationMode.OFFLINE, StorageCopy.ALL, false, true, false).flags();
        assertEquals(Migrate.OFFLINE | Migrate.PERSIST_DEST | Migrate.UNDEFINE_SOURCE, flags);
    }

    @Test
    void copyStorageAndTunnelledMapToTheirFlags() {
        int all = request(MigrationMode.LIVE, StorageCopy.ALL, false, false, true).flags();
        int inc = request(MigrationMode.LIVE, StorageCopy.INCREMENTAL, false, false, false).flags();
        assertTrue((all & Migrate.NON_SHARED_DISK) != 0);
        assertTrue((all & Migrate.PEER2PEER) != 0, "tunnelled implies peer-to-peer");
        assertTrue((all & Migrate.TUNNELLED) != 0);
        assertTrue((inc & Migrate.NON_SHARED_INC) != 0);
        assertTrue((inc & (Migrate.COMPRESSED | Migrate.AUTO_CONVERGE | Migrate.POSTCOPY))
                == (Migrate.COMPRESSED | Migrate.AUTO_CONVERGE | Migrate.POSTCOPY));
    }

    @Test
    void onlyOverridableRedLinesGiveWayToTheOverride() {
        assertTrue(PrecheckLine.red("c", "r", "f").blocks(true));
        assertFalse(PrecheckLine.overridableRed("c", "r", "f").blocks(true));
        assertTrue(PrecheckLine.overridableRed("c", "r", "f").blocks(false));
        assertFalse(PrecheckLine.amber("c", "r", "f").blocks(false));
    }

    @Test
    void jobFiguresCountDiskAndMemoryAndReportWhatIsMissingAsMinusOne() {
        JobFigures figures = JobFigures.of(new NativeMigration.JobStats(2, Map.of("time_elapsed", 1500L,
                "data_processed", 1000L, "memory_processed", 3000L, "disk_processed", 16L << 20,
                "data_remaining", 1000L, "memory_iteration", 2L)));
        assertEquals((16L << 20) + 3000, figures.dataProcessedBytes());
        assertEquals(3000, figures.memoryProcessedBytes());
        assertEquals(-1, figures.downtimeMs());
        assertEquals(2, figures.iteration());
        assertTrue(figures.describe().startsWith("  1.5 s  sent 16 MiB"), figures.describe());
    }
}
