package dev.summit.console.rfb.security;

/** Security type None, and VeNCrypt's "…None" inner step: nothing to exchange. */
public record NoAuthentication() implements Authenticator {
    @Override
    public void authenticate(SecurityContext context) {
        // Nothing travels; the SecurityResult (when the version sends one) follows directly.
    }
}
