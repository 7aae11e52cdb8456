package dev.summit.app.theme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the desktop asks applications to be dark. JavaFX 21 cannot tell (its Platform.Preferences
 * came in 22), so this reads what GTK programs read: {@code GTK_THEME=Name:dark} first, then GNOME's
 * {@code color-scheme} setting, then a theme name ending in "-dark" (GNOME before 42, MATE, Cinnamon).
 * Anything unreadable means light: a missing gsettings, no session bus, a slow answer.
 */
public final class DesktopScheme {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopScheme.class);
    private static final String SCHEMA = "org.gnome.desktop.interface";
    // gsettings answers in milliseconds when a session exists; without one it can wait for D-Bus.
    private static final long ANSWER_MILLIS = 700;

    /** The value of one key of a schema, as {@code gsettings get SCHEMA KEY} prints it; empty when it could not. */
    @FunctionalInterface
    public interface SettingReader {
        Optional<String> read(String schema, String key);
    }

    private final Map<String, String> environment;
    private final SettingReader settings;

    public DesktopScheme(Map<String, String> environment, SettingReader settings) {
        this.environment = environment;
        this.settings = settings;
    }

    /** This session's environment and the real gsettings. */
    public static DesktopScheme ofThisSession() {
        return new DesktopScheme(System.getenv(), listedOnce());
    }

    /**
     * Every key of a schema from one {@code gsettings list-recursively} run, asked for on the first
     * read: each run is a process start (the JDK's spawn helper, then gsettings loading GIO), and a
     * light desktop's answer took two, both while the window was being built.
     */
    private static SettingReader listedOnce() {
        Map<String, Optional<Map<String, String>>> bySchema = new HashMap<>();
        return (schema, key) -> bySchema.computeIfAbsent(schema, DesktopScheme::gsettingsList)
                .flatMap(values -> Optional.ofNullable(values.get(key)));
    }

    /** Lines of "SCHEMA KEY VALUE"; a relocatable child schema's lines name another schema. */
    private static Optional<Map<String, String>> gsettingsList(String schema) {
        return gsettings("list-recursively", schema).map(out -> {
            Map<String, String> values = new HashMap<>();
            out.lines().map(line -> line.split(" ", 3))
                    .filter(parts -> parts.length == 3 && parts[0].equals(schema))
                    .forEach(parts -> values.put(parts[1], parts[2]));
            return values;
        });
    }

    public boolean prefersDark() {
        String gtkTheme = environment.getOrDefault("GTK_THEME", "");
        if (!gtkTheme.isEmpty()) {
            // GTK_THEME overrides every setting for GTK programs, so it does for us too.
            return gtkTheme.toLowerCase(Locale.ROOT).endsWith(":dark") || isDarkThemeName(gtkTheme);
        }
        Optional<String> scheme = settings.read(SCHEMA, "color-scheme").map(DesktopScheme::unquote);
        if (scheme.isPresent() && !scheme.get().equals("default")) {
            return scheme.get().equals("prefer-dark");
        }
        return settings.read(SCHEMA, "gtk-theme").map(DesktopScheme::unquote).map(DesktopScheme::isDarkThemeName)
                .orElse(false);
    }

    private static boolean isDarkThemeName(String theme) {
        return theme.toLowerCase(Locale.ROOT).replace(":dark", "").endsWith("-dark");
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("'") && v.endsWith("'") ? v.substring(1, v.length() - 1) : v;
    }

    private static Optional<String> gsettings(String... arguments) {
        List<String> command = new ArrayList<>(List.of("gsettings"));
        command.addAll(List.of(arguments));
        String asked = String.join(" ", arguments);
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(ANSWER_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                LOG.debug("gsettings {} did not answer within {} ms", asked, ANSWER_MILLIS);
                return Optional.empty();
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            LOG.debug("gsettings not available: {}", e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
