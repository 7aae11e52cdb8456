package dev.summit.connectors.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/** libvirt's migration and job calls that take or return typed parameters; libvirt-java 0.5.4 lacks them. */
interface MigrationLib extends Library {
    MigrationLib LIB = Native.load("virt", MigrationLib.class);

    /** virDomainGetJobStats flag: the statistics of the last completed job instead of the current one. */
    int JOB_STATS_COMPLETED = 1;

    Pointer virDomainLookupByUUIDString(Pointer conn, String uuid);

    int virDomainFree(Pointer domain);

    /** Managed migration: the client talks to both daemons. Returns the new domain (free it) or null. */
    Pointer virDomainMigrate3(Pointer domain, Pointer dconn, Pointer params, int nparams, int flags);

    /** Peer-to-peer: the source daemon connects to {@code dconnuri} itself. 0 or -1. */
    int virDomainMigrateToURI3(Pointer domain, String dconnuri, Pointer params, int nparams, int flags);

    /** The current (or completed) job's figures; free the array with {@link #virTypedParamsFree}. */
    int virDomainGetJobStats(Pointer domain, IntByReference type, PointerByReference params,
                             IntByReference nparams, int flags);

    int virDomainAbortJob(Pointer domain);

    int virDomainMigrateStartPostCopy(Pointer domain, int flags);

    int virDomainMigrateGetMaxDowntime(Pointer domain, com.sun.jna.ptr.LongByReference downtime, int flags);

    int virTypedParamsAddString(PointerByReference params, IntByReference nparams, IntByReference maxparams,
                                String name, String value);

    int virTypedParamsAddULLong(PointerByReference params, IntByReference nparams, IntByReference maxparams,
                                String name, long value);

    int virTypedParamsAddInt(PointerByReference params, IntByReference nparams, IntByReference maxparams,
                             String name, int value);

    void virTypedParamsFree(Pointer params, int nparams);
}
