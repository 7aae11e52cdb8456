package dev.summit.console.rfb.io;

import java.io.IOException;

/** The server sent something the protocol does not allow (or a size we refuse); the message says what. */
public class RfbProtocolException extends IOException {
    public RfbProtocolException(String message) {
        super(message);
    }

    public RfbProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
