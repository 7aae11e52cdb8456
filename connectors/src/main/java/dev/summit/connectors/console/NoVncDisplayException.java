package dev.summit.connectors.console;

import java.util.List;

/**
 * The guest has no VNC display to show; the message says so and what it has instead. Not a
 * failure to retry, so the app can show it in place of the screen rather than as an error.
 */
public final class NoVncDisplayException extends RuntimeException {
    NoVncDisplayException(String message) {
        super(message);
    }

    /** @param otherTypes the guest's other graphics types ("spice", …), in document order */
    static NoVncDisplayException forGuest(String guestName, List<String> otherTypes) {
        String has = otherTypes.isEmpty() ? "it has no graphical display at all"
                : "it only has a " + String.join(" and a ", otherTypes.stream().map(NoVncDisplayException::label).toList())
                + " display";
        return new NoVncDisplayException("'" + guestName + "' has no VNC display; Summit shows VNC consoles (" + has
                + "). Add a VNC display to the guest to see its screen here.");
    }

    private static String label(String type) {
        return switch (type) {
            case "spice" -> "SPICE";
            case "rdp" -> "RDP";
            case "sdl" -> "SDL";
            case "egl-headless" -> "EGL-headless";
            default -> type;
        };
    }
}
