package dev.summit.connectors.host;

import java.util.Locale;
import java.util.regex.Pattern;
import org.libvirt.Error;
import org.libvirt.LibvirtException;

/**
 * Turns libvirt's errors into the sentence a user reads: what failed, then libvirt's reason without
 * its generic prefix ("Requested operation is not valid: …"), never a stack trace.
 */
public final class LibvirtFailure {
    /** libvirt prefixes its detail with a category sentence; the detail alone reads better. */
    private static final Pattern GENERIC_PREFIX = Pattern.compile(
            "^(Requested operation is not valid|operation failed|internal error|invalid argument"
                    + "|Operation not supported|unsupported configuration|argument unsupported"
                    + "|Domain not found|Timed out during operation|this function is not supported by the connection driver)"
                    + ":\\s*",
            Pattern.CASE_INSENSITIVE);

    private LibvirtFailure() {
    }

    /** libvirt's reason in plain words, e.g. "the guest is not running". */
    public static String reason(LibvirtException e) {
        Error error = e.getError();
        Error.ErrorNumber code = error == null ? null : error.getCode();
        String message = error == null || error.getMessage() == null ? e.getMessage() : error.getMessage();
        if (message == null) {
            message = "libvirt gave no reason";
        }
        if (code == Error.ErrorNumber.VIR_ERR_NO_DOMAIN) {
            return "the guest no longer exists on this host";
        }
        if (code == Error.ErrorNumber.VIR_ERR_ACCESS_DENIED) {
            return permissionDenied(message);
        }
        return reason(message);
    }

    /** libvirt's reason in plain words, from its message alone (a call bound outside libvirt-java). */
    public static String reason(String message) {
        if (message == null) {
            return "libvirt gave no reason";
        }
        if (message.contains("Permission denied")) {
            return permissionDenied(message);
        }
        if (message.contains("No such file or directory") && message.contains("socket")) {
            return firstLine(message) + " — is libvirtd running on that host?";
        }
        String detail = GENERIC_PREFIX.matcher(firstLine(message)).replaceFirst("");
        return detail.replace("domain is not running", "the guest is not running")
                .replace("domain is already running", "the guest is already running")
                .replace("domain is not paused", "the guest is not paused")
                .replace("domain is already paused", "the guest is already paused");
    }

    private static String permissionDenied(String message) {
        return firstLine(message) + " — permission denied: run Summit as a member of the 'libvirt' group,"
                + " or connect to qemu:///session";
    }

    /** "Could not shut down 'fuji': the guest is not running." */
    public static HostOperationException of(String verb, String guest, LibvirtException e) {
        String sentence = "Could not " + verb + (guest == null ? "" : " '" + guest + "'") + ": " + reason(e);
        return new HostOperationException(sentence.endsWith(".") ? sentence : sentence + ".", e);
    }

    /** libvirt's answer that the host has no such guest (by name or UUID). */
    public static boolean isNoDomain(LibvirtException e) {
        return e.getError() != null && e.getError().getCode() == Error.ErrorNumber.VIR_ERR_NO_DOMAIN;
    }

    /** Errors after which trying again cannot help until the user changes something. */
    public static boolean isPermanent(LibvirtException e) {
        Error error = e.getError();
        if (error == null) {
            return false;
        }
        return switch (error.getCode()) {
            case VIR_ERR_NO_CONNECT, VIR_ERR_INVALID_ARG, VIR_ERR_AUTH_FAILED, VIR_ERR_AUTH_CANCELLED,
                    VIR_ERR_AUTH_UNAVAILABLE, VIR_ERR_NO_SUPPORT, VIR_ERR_ACCESS_DENIED -> !isSocketMissing(error);
            default -> false;
        };
    }

    private static boolean isSocketMissing(Error error) {
        String message = error.getMessage() == null ? "" : error.getMessage().toLowerCase(Locale.ROOT);
        return message.contains("failed to connect socket") || message.contains("no such file");
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
