package dev.summit.connectors.ops;

import dev.summit.connectors.host.LibvirtFailure;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * The rules for a guest's name, checked before anything is created: libvirt's, and one of Summit's
 * own, plain names without XML or shell metacharacters (one rule for the wizard, the CLI and clones).
 * A slash is refused by libvirt; a newline too. The QEMU
 * driver stores the definition as {@code /etc/libvirt/qemu/NAME.xml.new} while saving it, so the
 * name must leave room for that suffix within a file name's 255 bytes.
 */
public final class GuestNames {
    public static final int MAX_BYTES = 255 - ".xml.new".length();

    private GuestNames() {
    }

    /** True when the host already has a guest of that name; other failures are the caller's to report. */
    public static boolean inUse(Connect conn, String name) throws LibvirtException {
        try {
            conn.domainLookupByName(name);
            return true;
        } catch (LibvirtException e) {
            if (LibvirtFailure.isNoDomain(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Why the name cannot be used, or empty when it can (uniqueness is the host's to say). */
    public static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Give the guest a name.");
        }
        if (name.contains("/")) {
            return Optional.of("A name cannot contain '/'.");
        }
        if (name.matches(".*[<>&\"'].*")) {
            // libvirt would take them (Summit's XML is escaped), but the name also names the guest's
            // disk files and turns up in admins' shell commands, where these characters bite.
            return Optional.of("A name cannot contain <, >, &, ' or \" characters.");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("A name cannot contain line breaks, tabs or other control characters.");
        }
        if (!name.equals(name.strip())) {
            return Optional.of("A name cannot start or end with a space.");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return Optional.of("The name is " + bytes + " bytes long; libvirt allows at most " + MAX_BYTES + ".");
        }
        return Optional.empty();
    }
}
