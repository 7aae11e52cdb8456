package dev.summit.connectors.edit;

import dev.summit.connectors.host.HostOperationException;

/**
 * An edit Summit will not make, with the reason in a user's words ("current memory 4096 MiB is above
 * the maximum, 2048 MiB"). Thrown before anything is changed: the definition stays byte for byte.
 */
public final class EditRefused extends HostOperationException {
    public EditRefused(String message) {
        super(message);
    }
}
