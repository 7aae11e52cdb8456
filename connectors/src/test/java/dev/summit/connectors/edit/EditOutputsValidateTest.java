package dev.summit.connectors.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.xml.VirtXmlValidate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every definition an edit golden file shows passes libvirt's schema, as libvirt will check on define. */
class EditOutputsValidateTest {
    @Test
    void everyEditedDefinitionIsValidDomainXml() throws Exception {
        List<Path> outputs;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/edit"))) {
            outputs = files.filter(f -> f.getFileName().toString().endsWith("-out.xml")).sorted().toList();
        }
        assertThat(outputs).hasSizeGreaterThan(10);
        for (Path output : outputs) {
            VirtXmlValidate.assertValid(Files.readString(output), "domain");
        }
    }
}
