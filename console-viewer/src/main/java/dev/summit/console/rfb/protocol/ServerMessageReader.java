package dev.summit.console.rfb.protocol;

import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads server messages until the stream ends or breaks; updates go to {@link UpdateReader}. */
final class ServerMessageReader {
    private static final Logger LOG = LoggerFactory.getLogger(ServerMessageReader.class);
    private static final int FRAMEBUFFER_UPDATE = 0;
    private static final int SET_COLOUR_MAP_ENTRIES = 1;
    private static final int BELL = 2;
    private static final int SERVER_CUT_TEXT = 3;
    private static final int END_OF_CONTINUOUS_UPDATES = 150;
    private static final int FENCE = 248;

    /** The server's answers to the extensions we offered, handled by the connection. */
    interface Extensions {
        /** EndOfContinuousUpdates: the first one offers them, later ones end them. */
        void endOfContinuousUpdates();

        void fence(int flags, byte[] payload);
    }

    private final RfbInput in;
    private final UpdateReader updates;
    private final RfbListener listener;
    private final Consumer<UpdateReader.Result> onUpdate;
    private final Extensions extensions;
    private boolean colourMapLogged;

    ServerMessageReader(RfbInput in, UpdateReader updates, RfbListener listener, Consumer<UpdateReader.Result> onUpdate,
                        Extensions extensions) {
        this.in = in;
        this.updates = updates;
        this.listener = listener;
        this.onUpdate = onUpdate;
        this.extensions = extensions;
    }

    void run() throws IOException {
        while (true) {
            int type = in.u8();
            switch (type) {
                case FRAMEBUFFER_UPDATE -> onUpdate.accept(updates.read(in));
                case SET_COLOUR_MAP_ENTRIES -> colourMap();
                case BELL -> listener.bell();
                case SERVER_CUT_TEXT -> cutText();
                case END_OF_CONTINUOUS_UPDATES -> extensions.endOfContinuousUpdates();
                case FENCE -> fence();
                default -> throw new RfbProtocolException("the server sent message type " + type
                        + ", which RFB does not define for what we asked");
            }
        }
    }

    /**
     * We always ask for true colour, so a colour map can change nothing we draw. Servers that send one
     * anyway are old or confused, not hostile: skip it and say so once instead of dropping the session.
     */
    private void colourMap() throws IOException {
        in.skip(3);
        int count = in.u16();
        in.skip(6 * count);
        if (!colourMapLogged) {
            colourMapLogged = true;
            LOG.warn("server sent a colour map although we asked for true colour; ignored");
        }
    }

    /** Flags, then a payload of at most 64 bytes (RFB's limit: more is a broken server, not a big fence). */
    private void fence() throws IOException {
        in.skip(3);
        int flags = in.s32();
        int length = in.u8();
        if (length > dev.summit.console.rfb.message.Fence.MAX_PAYLOAD) {
            throw new RfbProtocolException("the server sent a fence of " + length + " bytes; at most 64 are allowed");
        }
        extensions.fence(flags, in.bytes(length));
    }

    /** Latin-1 text; text over the limit is skipped without being stored, as a paste that did not happen. */
    private void cutText() throws IOException {
        in.skip(3);
        long length = Integer.toUnsignedLong(in.s32());
        if (length > Limits.CLIPBOARD_BYTES) {
            LOG.warn("server clipboard of {} bytes is over the limit of {}; ignored", length, Limits.CLIPBOARD_BYTES);
            for (long left = length; left > 0; left -= Integer.MAX_VALUE) {
                in.skip((int) Math.min(left, Integer.MAX_VALUE));
            }
            return;
        }
        listener.serverClipboard(new String(in.bytes((int) length), StandardCharsets.ISO_8859_1));
    }
}
