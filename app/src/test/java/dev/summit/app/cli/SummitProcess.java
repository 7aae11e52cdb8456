package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs `summit <verb>` as a script would: its own JVM, a home of its own, output and exit code. */
final class SummitProcess {
    private final Path home;

    SummitProcess(Path home) {
        this.home = home;
    }

    record Result(int exit, String out, String err) {
    }

    Result run(String... args) throws IOException, InterruptedException {
        Process process = start(args);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err);
    }

    /** With these environment variables added and {@code input} written to its standard input, then closed. */
    Result run(Map<String, String> environment, String input, String... args) throws IOException, InterruptedException {
        Process process = start(environment, args);
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err);
    }

    /** Started with its standard input, output and error as pipes (no terminal), for a test to talk to. */
    Process start(String... args) throws IOException {
        return start(Map.of(), args);
    }

    private Process start(Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.summit.app.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("LIBVIRT_DEFAULT_URI");
        builder.environment().putAll(environment);
        return builder.start();
    }
}
