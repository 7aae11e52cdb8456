package dev.summit.connectors.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** libvirt's console and stream calls on raw handles; libvirt-java 0.5.4 has no {@code openConsole}. */
interface ConsoleStreamLib extends Library {
    ConsoleStreamLib LIB = Native.load("virt", ConsoleStreamLib.class);

    /** VIR_DOMAIN_CONSOLE_FORCE: take the console from another client (that client's stream ends). */
    int CONSOLE_FORCE = 1;

    /** A new reference the caller frees with {@link #virDomainFree}, or null. */
    Pointer virDomainLookupByUUIDString(Pointer conn, String uuid);

    int virDomainFree(Pointer domain);

    /** A blocking stream (flags 0) the caller frees with {@link #virStreamFree}, or null. */
    Pointer virStreamNew(Pointer conn, int flags);

    /** {@code devName} null: the guest's first console (its serial port on a PC guest). */
    int virDomainOpenConsole(Pointer domain, String devName, Pointer stream, int flags);

    /** Bytes read, 0 at the end of the stream, -1 on error. {@code nbytes} is a size_t. */
    int virStreamRecv(Pointer stream, byte[] data, long nbytes);

    /** Bytes taken (maybe fewer than offered), -1 on error. */
    int virStreamSend(Pointer stream, byte[] data, long nbytes);

    int virStreamAbort(Pointer stream);

    int virStreamFree(Pointer stream);
}
