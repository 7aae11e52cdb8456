package dev.summit.console.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a short helper program (openssl, vncpasswd, xsetroot, import) and fails the test when it fails. */
public final class Command {
    private Command() {
    }

    /** Runs {@code command} with {@code stdin} and returns its standard output. */
    public static byte[] run(List<String> command, byte[] stdin, Path workDir) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(workDir == null ? null : workDir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            try (var in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin);
                }
            }
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IOException(command.get(0) + " did not finish in 30 s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed with exit code " + process.exitValue());
            }
            return out;
        } finally {
            process.destroyForcibly();
        }
    }

    public static String runText(String... command) throws IOException, InterruptedException {
        return new String(run(List.of(command), null, null), StandardCharsets.UTF_8);
    }
}
