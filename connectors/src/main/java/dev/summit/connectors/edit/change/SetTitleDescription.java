package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.GuestIdentity;
import dev.summit.connectors.host.LibvirtFlags;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * The guest's title (one line, shown in lists) and description; a running guest has them at once.
 *
 * @param title       new title, "" to remove it, null to keep it
 * @param description new description, "" to remove it, null to keep it
 */
public record SetTitleDescription(String title, String description) implements GuestEdit {
    public SetTitleDescription {
        if (title == null && description == null) {
            throw new IllegalArgumentException("say the title, the description, or both");
        }
    }

    @Override
    public String describe() {
        String titled = title == null ? null : title.isEmpty() ? "remove the title" : "set the title to \"" + title + "\"";
        String described = description == null ? null : description.isEmpty() ? "remove the description"
                : "set the description";
        return titled == null ? described : described == null ? titled : titled + " and " + described;
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        if (title != null && (title.contains("\n") || title.contains("\r"))) {
            throw new EditRefused("A title is one line; put the rest in the description.");
        }
        for (String text : new String[] {title, description}) {
            if (text != null && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r'
                    && c != '\t')) {
                throw new EditRefused("Titles and descriptions cannot contain control characters.");
            }
        }
        GuestIdentity identity = new GuestIdentity(next);
        if (title != null) {
            identity.setTitle(title);
        }
        if (description != null) {
            identity.setDescription(description);
        }
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        if (title != null) {
            domain.setMetadata(LibvirtFlags.Metadata.TITLE, title.isEmpty() ? null : title, null, null, LibvirtFlags.Affect.LIVE);
        }
        if (description != null) {
            domain.setMetadata(LibvirtFlags.Metadata.DESCRIPTION, description.isEmpty() ? null : description, null, null, LibvirtFlags.Affect.LIVE);
        }
        return Live.DONE;
    }

    @Override
    public boolean liveUndoable() {
        return true;
    }

    @Override
    public void undoLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        GuestIdentity before = new GuestIdentity(live);
        if (title != null) {
            domain.setMetadata(LibvirtFlags.Metadata.TITLE, blankToNull(before.title()), null, null, LibvirtFlags.Affect.LIVE);
        }
        if (description != null) {
            domain.setMetadata(LibvirtFlags.Metadata.DESCRIPTION, blankToNull(before.description()), null, null, LibvirtFlags.Affect.LIVE);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
