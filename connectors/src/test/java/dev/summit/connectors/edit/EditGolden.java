package dev.summit.connectors.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.libvirt.Connect;

/**
 * Golden files of the edits: {@code edit/<name>-in.xml} edited must serialize to {@code edit/<name>-out.xml}.
 * Run with {@code -Dsummit.golden.write=true} to write a missing or changed {@code -out.xml} (then read it).
 */
public final class EditGolden {
    private EditGolden() {
    }

    public static Definition in(String name) {
        return Definition.parse(read(name + "-in.xml"));
    }

    public static void assertOut(String name, Definition edited) {
        String actual = edited.serialize();
        if (Boolean.getBoolean("summit.golden.write")) {
            try {
                Files.writeString(Path.of("src/test/resources/edit", name + "-out.xml"), actual);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        assertThat(actual).isEqualTo(read(name + "-out.xml"));
    }

    /** A stopped guest's context on {@code conn} (a test-driver connection), with these other guests. */
    public static EditContext context(Definition guest, Connect conn, List<Definition> others) {
        return new EditContext(Definition.childText(guest.root(), "name"), Definition.childText(guest.root(), "uuid"),
                false, 4, 8L * 1024 * 1024, 16, () -> others, HostAccess.of(conn));
    }

    /** Serialized as the editor serializes, to assert a refused edit left the tree alone. */
    public static String normalized(String name) {
        return in(name).serialize();
    }

    private static String read(String resource) {
        try (InputStream in = EditGolden.class.getResourceAsStream("/edit/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource edit/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
