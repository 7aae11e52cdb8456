package dev.summit.connectors.edit.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** XML edited on screen was read without secrets: applying it must not drop the display's password. */
class ReplaceDefinitionPasswordTest {
    private static final String WITH_SECRET = """
            <domain type='kvm'><name>fuji</name><uuid>7b3c0de0-0000-4000-8000-000000000001</uuid>
              <memory unit='KiB'>262144</memory><os><type>hvm</type></os>
              <devices><graphics type='vnc' port='-1' autoport='yes' passwd='s3cret'/></devices></domain>
            """;

    @Test
    void aPasswordMissingFromTheShownXmlIsKept() {
        Definition next = Definition.parse(WITH_SECRET);
        String shown = WITH_SECRET.replace(" passwd='s3cret'", "").replace("<name>fuji</name>",
                "<name>fuji</name><title>Build box</title>");
        EditContext context = new EditContext("fuji", "7b3c0de0-0000-4000-8000-000000000001", false, 2, 1 << 24, 16, List::of);

        new ReplaceDefinition(shown).edit(next, null, context);

        String result = next.serialize();
        assertThat(result).contains("<title>Build box</title>").contains("passwd=\"s3cret\"");
    }
}
