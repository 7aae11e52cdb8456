package dev.summit.connectors.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The golden files under {@code edit/}: {@code <name>-in.xml} is what libvirt gave, {@code <name>-out.xml}
 * what the edits must leave. Run with {@code -Dsummit.golden.update=true} to rewrite the out files
 * after an intended change, then read the diff.
 */
public final class EditFiles {
    public static final String UUID = "3c6b0d55-3a44-4e8e-9a6a-2f8d6a8c0001";

    private EditFiles() {
    }

    /** A shut-off guest on a host with 4 CPUs and 8 GiB, as the edits see it. */
    public static EditContext context() {
        return new EditContext("fuji", UUID, false, 4, 8L * 1024 * 1024, 255, List::of);
    }

    public static Definition in(String name) {
        return Definition.parse(read(name + "-in.xml"));
    }

    public static String read(String file) {
        try (InputStream in = EditFiles.class.getResourceAsStream("/edit/" + file)) {
            if (in == null) {
                throw new IllegalStateException("/edit/" + file + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares with {@code <name>-out.xml}, first writing it when asked to. */
    public static void assertGolden(String name, String xml) throws IOException {
        if (Boolean.getBoolean("summit.golden.update")) {
            Files.writeString(Path.of("src/test/resources/edit/" + name + "-out.xml"), xml);
        }
        assertThat(xml).isEqualTo(read(name + "-out.xml"));
    }
}
