package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code summit clone} and {@code summit create --template} with {@code --vnc-password}: the new guest
 * has its own password or none, never its source's, and the secret lands in no file of Summit's.
 */
@Tag("daemon")
class ClonePasswordCommandDaemonTest {
    private static final String SOURCE_SECRET = "srcpw-4";
    @TempDir
    Path home;

    private final String source = "guestbits-cli-" + Long.toHexString(System.nanoTime());

    @BeforeEach
    void guestWithAPassword() throws Exception {
        RealDaemon.defineGuest(source, "<graphics type='vnc' autoport='yes' listen='127.0.0.1' passwd='" + SOURCE_SECRET + "'/>");
    }

    @AfterEach
    void cleanUp() {
        RealDaemon.removeAllStartingWith(source);
    }

    private SummitProcess.Result summit(Map<String, String> env, String input, String... args) throws Exception {
        return new SummitProcess(home).run(env, input, Stream.concat(Stream.of(args),
                Stream.of("--connect", RealDaemon.URI)).toArray(String[]::new));
    }

    private static String secureXml(String guest) {
        return RealDaemon.virsh("dumpxml", "--inactive", "--security-info", guest);
    }

    @Test
    void withoutAChoiceACloneOfAGuestWithAPasswordIsRefusedAndNothingIsMade() throws Exception {
        SummitProcess.Result result = summit(Map.of(), "", "clone", source, "--to", source + "-a");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("summit: '" + source + "' has a display password, which the new guest never"
                + " inherits: give it its own with --vnc-password ask, stdin or env:VAR, or none with --vnc-password none.\n");
        assertThat(RealDaemon.virshOk("dominfo", source + "-a")).isFalse();
    }

    @Test
    void theCloneGetsThePasswordFromAnEnvironmentVariableOrStandardInputOrNone() throws Exception {
        SummitProcess.Result fromEnv = summit(Map.of("GUESTBITS_PW", "envpw-5"), "", "clone", source, "--to", source + "-e",
                "--vnc-password", "env:GUESTBITS_PW");
        SummitProcess.Result fromStdin = summit(Map.of(), "inpw-6\n", "clone", source, "--to", source + "-s",
                "--vnc-password", "stdin");
        SummitProcess.Result none = summit(Map.of(), "", "clone", source, "--to", source + "-n", "--vnc-password", "none");

        assertThat(fromEnv.exit()).as(fromEnv.err()).isZero();
        assertThat(fromEnv.out()).contains("  VNC password: its own, as given\n").doesNotContain("envpw-5");
        assertThat(secureXml(source + "-e")).contains("passwd='envpw-5'").doesNotContain(SOURCE_SECRET);
        assertThat(fromStdin.exit()).as(fromStdin.err()).isZero();
        assertThat(secureXml(source + "-s")).contains("passwd='inpw-6'").doesNotContain(SOURCE_SECRET);
        assertThat(none.exit()).as(none.err()).isZero();
        assertThat(none.out()).contains("  VNC password: none\n");
        assertThat(secureXml(source + "-n")).doesNotContain("passwd");
        assertThat(filesUnder(home)).as("no password in Summit's database, logs or anything else it wrote")
                .noneMatch(text -> text.contains("envpw-5") || text.contains("inpw-6") || text.contains(SOURCE_SECRET));
    }

    @Test
    void aBadChoiceOrAMissingVariableIsRefusedBeforeAnythingIsMade() throws Exception {
        SummitProcess.Result unknown = summit(Map.of(), "", "clone", source, "--to", source + "-x", "--vnc-password", "keep");
        SummitProcess.Result unset = summit(Map.of(), "", "clone", source, "--to", source + "-y",
                "--vnc-password", "env:GUESTBITS_UNSET");
        SummitProcess.Result tooLong = summit(Map.of(), "ninechars\n", "clone", source, "--to", source + "-z",
                "--vnc-password", "stdin");

        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("summit: --vnc-password keep: say one of none|ask|stdin|env:VAR.\n");
        assertThat(unset.err()).isEqualTo("summit: --vnc-password env:GUESTBITS_UNSET: the variable GUESTBITS_UNSET is not"
                + " set or empty.\n");
        assertThat(tooLong.exit()).isEqualTo(1);
        assertThat(tooLong.err()).isEqualTo("summit: A VNC password has at most 8 characters (VNC uses only the first 8).\n");
        assertThat(RealDaemon.virsh("list", "--all", "--name")).doesNotContain(source + "-");
    }

    @Test
    void aGuestFromATemplateWithAPasswordNeedsAChoiceAndGetsItsOwn() throws Exception {
        assertThat(summit(Map.of(), "", "template", "mark", source).exit()).isZero();

        SummitProcess.Result refused = summit(Map.of(), "", "create", "--template", source, "--name", source + "-vm");
        SummitProcess.Result made = summit(Map.of("GUESTBITS_PW", "vmpw-7"), "", "create", "--template", source,
                "--name", source + "-vm", "--vnc-password", "env:GUESTBITS_PW");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("has a display password, which the new guest never inherits");
        assertThat(made.exit()).as(made.err()).isZero();
        assertThat(secureXml(source + "-vm")).contains("passwd='vmpw-7'").doesNotContain(SOURCE_SECRET);
    }

    private static Stream<String> filesUnder(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(file -> {
                try {
                    return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList().stream();
        }
    }
}
