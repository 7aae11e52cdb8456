package dev.summit.console.rfb.protocol;

import dev.summit.console.rfb.decoder.Decoder;
import dev.summit.console.rfb.decoder.Framebuffer;
import dev.summit.console.rfb.decoder.Rect;
import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * One FramebufferUpdate: rectangles go to their decoder after the screen check; pseudo-encodings
 * (sizes, cursor, LEDs, acknowledgements) are handled here and reported to the listener.
 */
final class UpdateReader {
    /** What the connection needs to know after an update. */
    record Result(int dominantEncoding, boolean resized, boolean qemuKeysAcknowledged) {
    }

    private final Framebuffer framebuffer;
    private final Map<Integer, Decoder> decoders;
    private final RfbListener listener;
    /** Set once the server sent an ExtendedDesktopSize rectangle: it takes SetDesktopSize. */
    private volatile boolean resizable;
    private volatile int screenId;
    private volatile int screenFlags;

    UpdateReader(Framebuffer framebuffer, Map<Integer, Decoder> decoders, RfbListener listener) {
        this.framebuffer = framebuffer;
        this.decoders = decoders;
        this.listener = listener;
    }

    /** Reads the update's body (after the message type byte). */
    Result read(RfbInput in) throws IOException {
        in.skip(1);
        // 0xFFFF with LastRect means "until LastRect"; the loop stops there either way.
        int count = in.u16();
        Map<Integer, Long> areaByEncoding = new HashMap<>();
        boolean resized = false;
        boolean qemuKeys = false;
        for (int i = 0; i < count; i++) {
            Rect rect = new Rect(in.u16(), in.u16(), in.u16(), in.u16(), in.s32());
            switch (rect.encoding()) {
                case Encodings.LAST_RECT -> i = count;
                case Encodings.DESKTOP_SIZE -> resized |= resize(rect.width(), rect.height());
                case Encodings.EXTENDED_DESKTOP_SIZE -> resized |= extendedDesktopSize(rect, in);
                case Encodings.CURSOR -> listener.cursorChanged(CursorReader.read(rect, in));
                case Encodings.LED_STATE -> listener.ledStateChanged(in.u8());
                case Encodings.QEMU_EXTENDED_KEY_EVENT -> qemuKeys = true;
                default -> {
                    Decoder decoder = decoders.get(rect.encoding());
                    if (decoder == null) {
                        throw new RfbProtocolException("the server sent " + Encodings.name(rect.encoding())
                                + ", which we did not ask for");
                    }
                    framebuffer.checkInside(rect);
                    decoder.decode(rect, in, framebuffer);
                    areaByEncoding.merge(rect.encoding(), rect.area(), Long::sum);
                }
            }
        }
        int dominant = areaByEncoding.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(Encodings.NONE);
        return new Result(dominant, resized, qemuKeys);
    }

    /**
     * x is the reason (0 server, 1 this client, 2 another client), y the status; a non-zero status
     * answers a resize request of ours that failed, and the screen stays as it was.
     */
    private boolean extendedDesktopSize(Rect rect, RfbInput in) throws IOException {
        int screens = in.u8();
        in.skip(3);
        for (int i = 0; i < screens; i++) {
            int id = in.s32();
            in.skip(8);
            int flags = in.s32();
            if (i == 0) {
                screenId = id;
                screenFlags = flags;
            }
        }
        resizable = true;
        if (rect.x() == 1 && rect.y() != 0) {
            listener.desktopResizeRefused(switch (rect.y()) {
                case 1 -> "the server does not allow resizing";
                case 2 -> "the server has no resources for that size";
                case 3 -> "the server refused the screen layout";
                default -> "the server refused (status " + rect.y() + ")";
            });
        }
        return rect.y() == 0 && resize(rect.width(), rect.height());
    }

    /** Whether the server offered ExtendedDesktopSize, so a SetDesktopSize would be understood. */
    boolean resizable() {
        return resizable;
    }

    int screenId() {
        return screenId;
    }

    int screenFlags() {
        return screenFlags;
    }

    /**
     * Servers repeat the size after every non-incremental request (TigerVNC does), so only a real
     * change counts: resizing clears the screen, and answering a repeat with a full request would loop.
     */
    private boolean resize(int width, int height) throws IOException {
        if (width == framebuffer.width() && height == framebuffer.height()) {
            return false;
        }
        framebuffer.resize(width, height);
        listener.desktopResized(width, height);
        return true;
    }
}
