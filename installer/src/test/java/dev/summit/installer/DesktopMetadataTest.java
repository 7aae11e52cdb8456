package dev.summit.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The menu entry and the AppStream file as software centres and menus will read them. */
@Tag("installer")
class DesktopMetadataTest {
    private static final Path RESOURCES = Path.of("..", "resources").toAbsolutePath().normalize();

    @Test
    void theDesktopEntryPassesDesktopFileValidate() throws Exception {
        Shell.Result result = Shell.run("desktop-file-validate", RESOURCES.resolve("dev.summit.Summit.desktop").toString());
        // desktop-file-validate prints hints and errors alike and exits 0 for hints: none is wanted.
        assertThat(result.output()).as("desktop-file-validate output").isEmpty();
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void theMetainfoPassesAppstreamcliValidate() throws Exception {
        Shell.Result result = Shell.run("appstreamcli", "validate", "--no-net",
                RESOURCES.resolve("dev.summit.Summit.metainfo.xml").toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).doesNotContain("E: ").doesNotContain("W: ");
    }
}
