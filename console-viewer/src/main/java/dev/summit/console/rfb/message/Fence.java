package dev.summit.console.rfb.message;

import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A fence: a marker in the stream the other side answers once everything before it is handled.
 * The client sends one to answer the server's request, with the request bit cleared and the
 * server's payload returned unchanged.
 */
public record Fence(int flags, byte[] payload) implements ClientMessage {
    public static final int TYPE = 248;
    public static final int BLOCK_BEFORE = 1;
    public static final int BLOCK_AFTER = 1 << 1;
    public static final int SYNC_NEXT = 1 << 2;
    public static final int REQUEST = 1 << 31;
    /** The flags this client understands; a reply carries only these. */
    public static final int SUPPORTED = BLOCK_BEFORE | BLOCK_AFTER | SYNC_NEXT | REQUEST;
    /** RFB caps a fence's payload at 64 bytes. */
    public static final int MAX_PAYLOAD = 64;

    public Fence {
        payload = payload.clone();
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("a fence payload has at most " + MAX_PAYLOAD + " bytes");
        }
    }

    /** The answer to a fence the server requested: same payload, only flags we support, no request. */
    public static Fence answering(int requestFlags, byte[] payload) {
        return new Fence(requestFlags & SUPPORTED & ~REQUEST, payload);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeByte(TYPE);
        out.write(new byte[3]);
        out.writeInt(flags);
        out.writeByte(payload.length);
        out.write(payload);
    }
}
