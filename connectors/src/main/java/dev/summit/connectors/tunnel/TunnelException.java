package dev.summit.connectors.tunnel;

import java.io.IOException;

/** A tunnel could not be opened; the message is one sentence a user can act on. */
public final class TunnelException extends IOException {
    public TunnelException(String message, Throwable cause) {
        super(message, cause);
    }
}
