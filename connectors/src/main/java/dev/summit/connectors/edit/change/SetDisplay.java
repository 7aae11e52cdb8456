package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.GraphicsSettings;
import dev.summit.connectors.host.LibvirtFlags;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.w3c.dom.Element;

/**
 * The VNC display's listen address and password, and the video card's model. QEMU opens its display
 * and card at start, so these apply at next boot; a new password alone is also given to the running
 * display. The password never appears in {@link #describe()} or {@link #toString()}.
 *
 * @param listen     address to listen on ("127.0.0.1", "0.0.0.0", "::1"), null to keep it
 * @param password   new VNC password, "" to remove it, null to keep it
 * @param videoModel "vga", "virtio", "qxl"…, null to keep it
 */
public record SetDisplay(String listen, String password, String videoModel) implements GuestEdit {
    /** VNC's authentication uses the first 8 characters only (DES keys); more would be a false promise. */
    static final int MAX_PASSWORD = 8;
    private static final String IPV4 = "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
            + "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final String HOSTNAME = "[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*";

    public SetDisplay {
        if (listen == null && password == null && videoModel == null) {
            throw new IllegalArgumentException("say the listen address, the password, the video model, or some of them");
        }
    }

    @Override
    public String describe() {
        StringBuilder what = new StringBuilder();
        if (listen != null) {
            what.append("listen on ").append(listen);
        }
        if (password != null) {
            what.append(what.isEmpty() ? "" : ", ").append(password.isEmpty() ? "remove" : "set")
                    .append(" the display password");
        }
        if (videoModel != null) {
            what.append(what.isEmpty() ? "" : ", ").append("use a ").append(videoModel).append(" video card");
        }
        return what.toString();
    }

    @Override
    public String toString() {
        return "SetDisplay[" + describe() + "]";
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        GraphicsSettings display = new GraphicsSettings(next);
        if ((listen != null || password != null) && !display.hasVnc()) {
            throw new EditRefused("The guest has no VNC display to change.");
        }
        if (listen != null && !validAddress(listen)) {
            throw new EditRefused("\"" + listen + "\" is not an address to listen on, such as 127.0.0.1 or 0.0.0.0.");
        }
        if (password != null && password.length() > MAX_PASSWORD) {
            throw new EditRefused("A VNC password has at most " + MAX_PASSWORD + " characters (VNC uses only the"
                    + " first " + MAX_PASSWORD + ").");
        }
        if (password != null && password.chars().anyMatch(c -> Character.isISOControl(c) || c > 0x7e)) {
            throw new EditRefused("A VNC password can only have printable ASCII characters.");
        }
        if (videoModel != null && !GraphicsSettings.VIDEO_MODELS.contains(videoModel)) {
            throw new EditRefused("\"" + videoModel + "\" is not a video model; choose from "
                    + String.join(", ", GraphicsSettings.VIDEO_MODELS) + ".");
        }
        if (listen != null) {
            display.setListen(listen);
        }
        if (password != null) {
            display.setPassword(password.isEmpty() ? null : password);
        }
        if (videoModel != null) {
            display.setVideoModel(videoModel);
        }
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        GraphicsSettings running = new GraphicsSettings(live);
        boolean sameListen = listen == null || listen.equals(running.listen());
        boolean sameVideo = videoModel == null || videoModel.equals(running.videoModel());
        if (!sameListen || !sameVideo || !running.hasVnc()) {
            return Live.NOT_LIVE;
        }
        if (password == null) {
            return Live.DONE; // nothing asked differs from what runs
        }
        if (password.isEmpty()) {
            // An empty password given to a running VNC server is still a password, not "none".
            return running.hasPassword() ? Live.NOT_LIVE : Live.DONE;
        }
        Element graphics = (Element) running.vncElement().cloneNode(true);
        graphics.setAttribute("passwd", password);
        domain.updateDeviceFlags(Definition.serialize(graphics), LibvirtFlags.Affect.LIVE);
        return Live.DONE;
    }

    private static boolean validAddress(String address) {
        if (address.matches(IPV4) || address.matches(HOSTNAME) && !address.matches("[0-9.]+")) {
            return true;
        }
        // IPv6: hex groups and colons, at most one "::"; InetAddress would parse it but may ask DNS for others.
        return address.matches("[0-9A-Fa-f:]{2,39}") && address.contains(":")
                && address.indexOf("::") == address.lastIndexOf("::") && !address.contains(":::");
    }
}
