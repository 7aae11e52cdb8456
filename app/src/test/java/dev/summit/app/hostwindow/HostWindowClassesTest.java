package dev.summit.app.hostwindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The preload list goes stale silently when a class is renamed or removed (the window still opens,
 * only colder): this names every entry this build no longer has, so the list is made again.
 */
class HostWindowClassesTest {

    @Test
    void everyListedClassIsInThisBuild() throws IOException {
        List<String> missing = new ArrayList<>();
        int listed = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                HostWindowClasses.class.getResourceAsStream(HostWindowClasses.LIST), StandardCharsets.UTF_8))) {
            for (String line : reader.lines().map(String::strip).toList()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                listed++;
                try {
                    Class.forName(line, false, HostWindowClasses.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    missing.add(line);
                }
            }
        }
        assertThat(listed).as("classes listed").isGreaterThan(100);
        assertThat(missing).as("listed in %s but not in this build", HostWindowClasses.LIST).isEmpty();
    }
}
