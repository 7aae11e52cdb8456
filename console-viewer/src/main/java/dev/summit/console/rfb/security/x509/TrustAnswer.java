package dev.summit.console.rfb.security.x509;

/** What the user said about a certificate no trusted CA vouches for. */
public enum TrustAnswer {
    /** Go on with this connection; ask again next time. */
    ACCEPT_ONCE,
    /** Go on, and accept this fingerprint from this server from now on without asking. */
    ACCEPT_ALWAYS,
    /** Do not connect. */
    REFUSE
}
