package dev.summit.console.rfb.protocol;

/** The largest sizes we accept from a server, checked before anything is allocated for them. */
final class Limits {
    /** Desktop names are a window title; 4 KiB is generous. */
    static final int NAME_BYTES = 4096;
    /** Failure reasons are one sentence from the server. */
    static final int REASON_BYTES = 4096;
    /** Clipboard text we take in; longer texts are skipped, not stored. */
    static final long CLIPBOARD_BYTES = 8L * 1024 * 1024;
    /** A cursor bigger than this is not a cursor. */
    static final int CURSOR_SIDE = 512;
    /** The largest side we ask a server's screen to take (SetDesktopSize). */
    static final int DESKTOP_SIDE = 16384;
    /** Security types in a 3.7+ list: the count is a byte, but an empty or absurd list is refused anyway. */
    static final int SECURITY_TYPES = 64;

    private Limits() {
    }
}
