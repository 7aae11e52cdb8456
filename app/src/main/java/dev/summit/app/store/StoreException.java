package dev.summit.app.store;

/**
 * A database operation failed after the store was opened (disk full, another program holding the
 * write lock for longer than the busy timeout, the store already closed).
 *
 * <p>Unchecked because callers cannot do better than report it; the message never holds row data.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
