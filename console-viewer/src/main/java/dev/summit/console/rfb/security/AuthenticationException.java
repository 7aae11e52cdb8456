package dev.summit.console.rfb.security;

import dev.summit.console.rfb.io.RfbProtocolException;

/** Security negotiation or authentication failed; the message is the sentence the user sees. */
public class AuthenticationException extends RfbProtocolException {
    public AuthenticationException(String message) {
        super(message);
    }

    public AuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
