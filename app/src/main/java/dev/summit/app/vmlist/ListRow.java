package dev.summit.app.vmlist;

import javafx.beans.property.ReadOnlyStringProperty;

/** A line of the host/guest tree: a host heading or one of its guests. */
public sealed interface ListRow permits HostRow, GuestRow {
    ReadOnlyStringProperty nameProperty();
}
