package dev.summit.console.rfb.protocol;

/** Where a connection is. The client refuses any transition its state machine does not list. */
public enum RfbState {
    NEW, PROTOCOL_VERSION, SECURITY, AUTHENTICATION, INITIALISATION, CONNECTED, DISCONNECTED
}
