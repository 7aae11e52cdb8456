package dev.summit.installer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command to its end and keeps what it printed; the package tests' one way to run tools. */
final class Shell {
    record Result(int exitCode, String output) {
    }

    private Shell() {
    }

    static Result run(Path workDir, Map<String, String> env, long timeoutSeconds, String... command)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("summit-installer-test", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds
                        + " s:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    static Result run(String... command) throws IOException, InterruptedException {
        return run(Path.of("."), Map.of(), 120, command);
    }

    /** As root already, or through sudo when it asks no password (CI); the tests need dpkg. */
    static String[] asRoot(String... command) {
        if ("root".equals(System.getProperty("user.name"))) {
            return command;
        }
        List<String> withSudo = new ArrayList<>(List.of("sudo", "-n"));
        withSudo.addAll(List.of(command));
        return withSudo.toArray(String[]::new);
    }
}
