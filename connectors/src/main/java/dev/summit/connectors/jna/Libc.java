package dev.summit.connectors.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/** The few C library calls a socket descriptor handed over by libvirt needs; Linux values. */
interface Libc extends Library {
    Libc LIB = Native.load("c", Libc.class);

    int EINTR = 4;
    int EAGAIN = 11;
    int SHUT_RDWR = 2;
    /** send(2) flag: a peer that went away gives EPIPE instead of raising SIGPIPE. */
    int MSG_NOSIGNAL = 0x4000;
    int F_GETFL = 3;
    int F_SETFL = 4;
    int O_NONBLOCK = 04000;

    NativeLong read(int fd, Pointer buf, NativeLong count) throws LastErrorException;

    NativeLong send(int fd, Pointer buf, NativeLong count, int flags) throws LastErrorException;

    int shutdown(int fd, int how) throws LastErrorException;

    int close(int fd) throws LastErrorException;

    int fcntl(int fd, int cmd, int arg) throws LastErrorException;
}
