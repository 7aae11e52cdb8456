package dev.summit.console.rfb.security;

import dev.summit.console.rfb.protocol.RfbListener;

/** Asks the app for credentials; may block (it runs on the reader thread). Null means the user gave up. */
@FunctionalInterface
public interface CredentialsPrompt {
    RfbListener.Credentials ask(boolean needsUserName);
}
