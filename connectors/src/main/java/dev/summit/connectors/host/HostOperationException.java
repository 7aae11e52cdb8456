package dev.summit.connectors.host;

/** An operation on a host failed; the message is one plain sentence a user can act on. */
public class HostOperationException extends RuntimeException {
    public HostOperationException(String message, Throwable cause) {
        super(message, cause);
    }

    public HostOperationException(String message) {
        super(message);
    }
}
