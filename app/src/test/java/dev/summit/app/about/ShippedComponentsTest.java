package dev.summit.app.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The About dialog and the package's copyright file name the licence of every jar the package ships. */
class ShippedComponentsTest {
    /**
     * Written by the build (maven-dependency-plugin) before the tests run: the runtime class path the
     * package ships. In a reactor build Summit's own modules appear as class folders, not jars.
     */
    private static final Path RUNTIME_CLASSPATH = Path.of("target", "shipped-classpath.txt");

    @Test
    void everyShippedJarIsNamedWithItsLicence() throws IOException {
        ShippedComponents shipped = ShippedComponents.load();
        Set<String> covered = shipped.components().stream()
                .flatMap(component -> component.artifacts().stream())
                .collect(Collectors.toSet());

        List<String> uncovered = shippedArtifacts().stream()
                .filter(artifact -> !artifact.startsWith("summit-"))
                .filter(artifact -> !covered.contains(artifact))
                .toList();

        assertThat(uncovered).as("jars on the runtime class path that About does not name").isEmpty();
        assertThat(shipped.components()).allSatisfy(component -> assertThat(component.licence()).isNotBlank());
    }

    @Test
    void summitsOwnLicenceIsTheOneInTheLicenseFile() throws IOException {
        String licenseFile = Files.readString(Path.of("..", "LICENSE"));

        assertThat(ShippedComponents.load().summitLicence()).isEqualTo("Apache-2.0");
        assertThat(licenseFile).contains("Apache License").contains("Version 2.0, January 2004");
    }

    /** Artifact ids of the runtime jars: "javafx-base-21.0.5-linux.jar" → "javafx-base". */
    private static List<String> shippedArtifacts() throws IOException {
        return Arrays.stream(Files.readString(RUNTIME_CLASSPATH).strip().split(":"))
                .filter(entry -> entry.endsWith(".jar"))
                .map(jar -> Path.of(jar).getFileName().toString())
                .map(name -> name.replaceFirst("-\\d[^-]*(-[a-z]+)?\\.jar$", ""))
                .distinct()
                .toList();
    }
}
