package dev.summit.app;

/**
 * The one window command line simple enough to read without picocli: {@code --connect URI} (or
 * {@code --connect=URI}) and nothing else. Anything more goes through picocli as before.
 */
final class WindowArguments {
    private static final String CONNECT = "--connect";

    private WindowArguments() {
    }

    /** The URI of {@code --connect URI}; null for any other command line. */
    static String hostOf(String[] args) {
        if (args.length == 2 && CONNECT.equals(args[0]) && !args[1].startsWith("-")) {
            return args[1];
        }
        if (args.length == 1 && args[0].startsWith(CONNECT + "=") && args[0].length() > CONNECT.length() + 1) {
            return args[0].substring(CONNECT.length() + 1);
        }
        return null;
    }
}
