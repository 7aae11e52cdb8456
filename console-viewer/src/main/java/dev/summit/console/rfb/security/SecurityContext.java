package dev.summit.console.rfb.security;

/** What an authenticator works with: the streams (which TLS may replace), the prompt and the TLS checks. */
public record SecurityContext(HandshakeStreams streams, CredentialsPrompt prompt, TlsOptions tls) {
}
