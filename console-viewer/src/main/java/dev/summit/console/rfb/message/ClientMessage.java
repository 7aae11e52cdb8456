package dev.summit.console.rfb.message;

import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A message the client sends after initialisation. The set is closed on purpose: the writer thread
 * only ever sees these, and each knows its own wire layout, so no second place encodes them.
 */
public sealed interface ClientMessage
        permits SetPixelFormat, SetEncodings, FramebufferUpdateRequest, KeyEvent, PointerEvent, ClientCutText,
        QemuExtendedKeyEvent, SetDesktopSize, EnableContinuousUpdates, Fence {

    void writeTo(DataOutputStream out) throws IOException;
}
