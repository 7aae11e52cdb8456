package dev.summit.app.cli;

import dev.summit.connectors.ops.ClonePassword;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code --vnc-password} for the verbs that make a guest from another (clone, create --template):
 * the new guest's own display password, or none, never its source's. The secret is read from the
 * terminal, standard input or an environment variable, never from the command line, where {@code ps}
 * and the shell's history would show it.
 */
final class VncPasswordOption {
    static final String OPTION = "--vnc-password";
    static final String CHOICES = "none|ask|stdin|env:VAR";

    private static final String DESCRIPTION = "The new guest's VNC password, never its source's: none; ask (typed twice"
            + " at the terminal); stdin (the first line of standard input); env:VAR (the variable VAR). Required when"
            + " the source has a display password; without it and without one on the source the new guest has none.";

    @Option(names = OPTION, paramLabel = CHOICES, description = DESCRIPTION)
    String how;

    /** The same option for a command whose model is built by code (CodedSpec). */
    static OptionSpec coded() {
        return OptionSpec.builder(OPTION).paramLabel(CHOICES).type(String.class).description(DESCRIPTION).build();
    }

    /** The choice a coded command parsed; null when the option was not given. */
    static VncPasswordOption of(String how) {
        VncPasswordOption option = new VncPasswordOption();
        option.how = how;
        return option;
    }

    boolean given() {
        return how != null;
    }

    /** What the new guest gets; {@link ClonePassword#UNCHOSEN} when the option was not given. */
    ClonePassword choice() throws IOException {
        if (how == null) {
            return ClonePassword.UNCHOSEN;
        }
        if (how.equals("none")) {
            return ClonePassword.NONE;
        }
        if (how.equals("ask")) {
            return given(ask());
        }
        if (how.equals("stdin")) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException(OPTION + " stdin: standard input had no password line.");
            }
            return given(line);
        }
        if (how.startsWith("env:") && how.length() > "env:".length()) {
            String variable = how.substring("env:".length());
            String value = System.getenv(variable);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException(OPTION + " env:" + variable + ": the variable " + variable
                        + " is not set or empty.");
            }
            return given(value);
        }
        throw new IllegalArgumentException(OPTION + " " + how + ": say one of " + CHOICES + ".");
    }

    /** The sentence for a source with a password and no choice made. */
    static String required(String source) {
        return "'" + source + "' has a display password, which the new guest never inherits: give it its own with "
                + OPTION + " ask, stdin or env:VAR, or none with " + OPTION + " none.";
    }

    private static ClonePassword given(String secret) {
        return new ClonePassword.Given(secret);
    }

    private static String ask() {
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException(OPTION + " ask needs a terminal; use " + OPTION + " stdin or env:VAR.");
        }
        char[] first = console.readPassword("New VNC password: ");
        char[] second = console.readPassword("Again: ");
        try {
            if (first == null || first.length == 0) {
                throw new IllegalArgumentException("No password typed; say " + OPTION + " none for none.");
            }
            if (!Arrays.equals(first, second)) {
                throw new IllegalArgumentException("The two passwords typed differ; nothing was made.");
            }
            return new String(first);
        } finally {
            Arrays.fill(first == null ? new char[0] : first, '\0');
            Arrays.fill(second == null ? new char[0] : second, '\0');
        }
    }
}
