package dev.summit.connectors.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** libvirt's own schema check ({@code virt-xml-validate}, from libvirt-clients with xmllint). */
public final class VirtXmlValidate {
    private VirtXmlValidate() {
    }

    public static void assertValid(String xml, String schema) throws IOException, InterruptedException {
        Path file = Files.createTempFile("summit-validate", ".xml");
        try {
            Files.writeString(file, xml);
            Process process = new ProcessBuilder(List.of("virt-xml-validate", file.toString(), schema))
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("virt-xml-validate:\n" + output + "\n" + xml).isZero();
        } finally {
            Files.delete(file);
        }
    }
}
