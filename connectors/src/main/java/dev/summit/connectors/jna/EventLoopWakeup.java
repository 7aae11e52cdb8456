package dev.summit.connectors.jna;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Wakes a thread blocked in libvirt's default event loop ({@code virEventRunDefaultImpl}) by adding
 * a timeout that is due at once. libvirt-java's own stop only works with its run loop, which we do
 * not use (it ends the loop at the first failing iteration).
 */
public final class EventLoopWakeup {
    /** Called by libvirt on the loop's thread; the wake-up is all it is for. */
    public interface Fired extends Callback {
        void invoke(int timer, Pointer opaque);
    }

    private interface Lib extends Library {
        Lib LIB = Native.load("virt", Lib.class);

        int virEventAddTimeout(int frequencyMs, Fired callback, Pointer opaque, Pointer free);
    }

    /** Kept reachable: JNA frees a callback's native stub once its Java object is collected. */
    private static final Fired NOTHING = (timer, opaque) -> { };

    private EventLoopWakeup() {
    }

    /** Returns at once; the loop's current (or next) iteration ends within milliseconds. */
    public static void wake() {
        Lib.LIB.virEventAddTimeout(0, NOTHING, null, null);
    }
}
