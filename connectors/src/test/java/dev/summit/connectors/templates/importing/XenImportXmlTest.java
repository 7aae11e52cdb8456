package dev.summit.connectors.templates.importing;

import dev.summit.connectors.templates.TemplateMark;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.xml.VirtXmlValidate;
import dev.summit.connectors.xml.XmlTree;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Imported vm.cfg fixtures as Xen domain XML: golden files ({@code xml/import/<case>-out.xml}) that
 * libvirt's schema accepts (Xen itself cannot run here). {@code -Dsummit.golden.update=true} rewrites them.
 */
class XenImportXmlTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"oracle-pv", "hvm"})
    void matchesItsGoldenFileAndLibvirtsSchema(String fixture) throws Exception {
        XenTemplateConfig config = XenTemplateReader.read(XenTemplateReaderTest.fixture(fixture), null);
        String xml = XenImportXml.build(config, config.name(), "/var/lib/xen/images/" + config.name() + ".img",
                new Random(7));
        String golden = "/xml/import/xen-" + fixture + "-out.xml";
        if (Boolean.getBoolean("summit.golden.update")) {
            Files.createDirectories(Path.of("src/test/resources/xml/import"));
            Files.writeString(Path.of("src/test/resources" + golden), xml);
        }
        assertThat(xml).isEqualTo(read(golden));
        VirtXmlValidate.assertValid(xml, "domain");
        assertThat(TemplateMark.isTemplate(xml)).isTrue();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = XenImportXmlTest.class.getResourceAsStream(resource)) {
            return in == null ? "(missing " + resource + ")" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
