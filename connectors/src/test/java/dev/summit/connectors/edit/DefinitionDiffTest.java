package dev.summit.connectors.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.edit.change.DefinitionDiff;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line diff the window and the CLI show before a whole-XML replace. */
class DefinitionDiffTest {
    @Test
    void showsChangedLinesWithContextUnderUnifiedHeaders() {
        DefinitionDiff diff = DefinitionDiff.ofLines(List.of("a", "b", "c", "d", "e", "f", "g", "h"),
                List.of("a", "b", "C", "d", "e", "f", "g", "h", "i"));

        assertThat(diff.unified(1)).isEqualTo("""
                --- current
                +++ edited
                @@ -2,3 +2,3 @@
                 b
                -c
                +C
                 d
                @@ -8,1 +8,2 @@
                 h
                +i
                """);
    }

    @Test
    void closeChangesShareOneHunk() {
        DefinitionDiff diff = DefinitionDiff.ofLines(List.of("a", "b", "c", "d"), List.of("x", "b", "c", "y"));
        assertThat(diff.unified(1)).isEqualTo("--- current\n+++ edited\n@@ -1,4 +1,4 @@\n-a\n+x\n b\n c\n-d\n+y\n");
    }

    @Test
    void quotingAndIndentationAreNotChanges() {
        String libvirt = EditFiles.read("identity-in.xml");
        String retyped = libvirt.replace('\'', '"').replace("\n  ", "\n\t");
        assertThat(DefinitionDiff.between(libvirt, retyped).changed()).isFalse();
        assertThat(DefinitionDiff.between(libvirt, libvirt).unified(3)).isEqualTo("--- current\n+++ edited\n");
    }

    @Test
    void aChangedDefinitionShowsOnlyWhatChanged() {
        String libvirt = EditFiles.read("identity-in.xml");
        DefinitionDiff diff = DefinitionDiff.between(libvirt, libvirt.replace(">1</vcpu>", ">2</vcpu>"));
        assertThat(diff.lines()).filteredOn(line -> line.kind() != DefinitionDiff.Kind.SAME)
                .extracting(DefinitionDiff.Line::text)
                .containsExactly("  <vcpu placement=\"static\">1</vcpu>", "  <vcpu placement=\"static\">2</vcpu>");
    }

    @Test
    void xmlThatDoesNotParseIsComparedAsWritten() {
        DefinitionDiff diff = DefinitionDiff.between("<domain><name>x</name></domain>", "<domain><name>x</name");
        assertThat(diff.changed()).isTrue();
        assertThat(diff.unified(0)).contains("+<domain><name>x</name");
    }
}
