package dev.summit.app.guest.details;

import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import javafx.scene.Node;

/**
 * One entry of the Details list and what shows beside it when chosen. A page for a device (one disk,
 * one NIC) is told apart by its key, so it survives re-reads while that device is there.
 */
public interface DetailsPage {
    /** Stable while the thing it shows exists: "overview", "disk:vda", "nic:52:54:00:12:34:56". */
    String key();

    /** The list's label: "Disk vda". */
    String label();

    Node node();

    /** The guest's definitions were (re-)read; FX thread. */
    void show(GuestDefinitions definitions);
}
