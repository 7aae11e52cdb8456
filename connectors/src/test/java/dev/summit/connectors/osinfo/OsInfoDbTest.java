package dev.summit.connectors.osinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the machine's real osinfo-db (Debian package osinfo-db, a test package). */
class OsInfoDbTest {
    private static final long GIB = 1L << 30;
    private static OsInfoDb db;
    private static long loadMillis;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        long started = System.nanoTime();
        db = OsInfoDb.load(OsInfoDb.SYSTEM_ROOT);
        loadMillis = (System.nanoTime() - started) / 1_000_000;
    }

    @Test
    void loadsTheWholeDatabase() {
        assertThat(db.size()).isGreaterThan(500);
        // Only a hang fails here: on two shared cores the time is the machine's load, not the parser's.
        assertThat(loadMillis).as("load time in ms").isLessThan(60_000);
    }

    @Test
    void detectsDebianUbuntuAndFedoraFromTheirVolumeIds() {
        assertThat(detect("Debian 11.5.0 amd64 n", "")).isEqualTo("debian11");
        assertThat(detect("Ubuntu 22.04.1 LTS amd64", "")).isEqualTo("ubuntu22.04");
        assertThat(detect("Fedora-WS-Live-36-1-5", "")).isEqualTo("fedora36");
        assertThat(detect("Fedora-S-dvd-x86_64-36", "LINUX")).isEqualTo("fedora36");
    }

    @Test
    void detectsFromAnIsoMadeInTheTest() throws Exception {
        IsoIdentity iso = IsoIdentity.read(TestIsos.make(dir, "Debian 11.5.0 amd64 n", "LINUX"));

        assertThat(db.detect(iso)).extracting(OsEntry::shortId).first().isEqualTo("debian11");
    }

    @Test
    void anUnknownVolumeIdMatchesNothingAndGenericIsAlwaysThere() {
        assertThat(db.detect(new IsoIdentity("", "ISOIMAGE", "", ""))).isEmpty();
        assertThat(db.detect(new IsoIdentity("", "Summit Rescue 1.0", "", ""))).isEmpty();
        assertThat(db.find("generic")).contains(OsEntry.GENERIC);
        assertThat(db.search("debian 11").get(0)).isEqualTo(OsEntry.GENERIC);
        assertThat(db.search("debian 11")).extracting(OsEntry::shortId).contains("debian11");
    }

    @Test
    void resourcesAndVirtioComeFromTheEntryOrWhatItDerivesFrom() {
        OsEntry debian11 = db.find("debian11").orElseThrow();
        OsEntry fedora36 = db.find("http://fedoraproject.org/fedora/36").orElseThrow();

        assertThat(debian11.name()).isEqualTo("Debian 11");
        assertThat(debian11.family()).isEqualTo("linux");
        assertThat(debian11.distro()).isEqualTo("debian");
        assertThat(db.recommended(debian11)).isEqualTo(new OsResources(GIB, 1, 20 * GIB));
        assertThat(db.minimum(fedora36).ramBytes()).isEqualTo(GIB);
        assertThat(db.recommended(fedora36).ramBytes()).isEqualTo(2 * GIB);
        // Debian 11 lists only newer virtio devices itself; virtio-blk comes from Debian 10 and before.
        assertThat(db.supportsVirtioDisk(debian11)).isTrue();
        assertThat(db.supportsVirtioNet(debian11)).isTrue();
        assertThat(db.supportsVirtioDisk(db.find("msdos6.22").orElseThrow())).isFalse();
        assertThat(db.supportsVirtioDisk(OsEntry.GENERIC)).isFalse();
    }

    private static String detect(String volumeId, String systemId) {
        return db.detect(new IsoIdentity(systemId, volumeId, "", "")).get(0).shortId();
    }
}
