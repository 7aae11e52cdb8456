package dev.summit.console.rfb.protocol;

import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import dev.summit.console.rfb.message.PixelFormat;
import dev.summit.console.rfb.security.AuthenticationException;
import dev.summit.console.rfb.security.Authenticator;
import dev.summit.console.rfb.security.CredentialsPrompt;
import dev.summit.console.rfb.security.HandshakeStreams;
import dev.summit.console.rfb.security.SecurityContext;
import dev.summit.console.rfb.security.SecurityType;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything from the server's greeting to ServerInit, for RFB 3.3, 3.7 and 3.8. The versions differ
 * in how security types are offered (3.3: the server picks; 3.7+: a list), and in whether None is
 * followed by a SecurityResult and whether a failed result carries a reason (3.8 only).
 */
final class Handshake {
    private static final Logger LOG = LoggerFactory.getLogger(Handshake.class);
    private static final int RESULT_OK = 0;
    private static final int RESULT_TOO_MANY = 2;

    private final HandshakeStreams streams;
    private final RfbOptions options;
    private final CredentialsPrompt prompt;
    private final ConnectionStateMachine states;
    private ProtocolVersion version;
    private SecurityType securityType;

    Handshake(HandshakeStreams streams, RfbOptions options, CredentialsPrompt prompt, ConnectionStateMachine states) {
        this.streams = streams;
        this.options = options;
        this.prompt = prompt;
        this.states = states;
    }

    ServerInit run() throws IOException {
        states.moveTo(RfbState.PROTOCOL_VERSION);
        ProtocolVersion offered = ProtocolVersion.read(streams.in());
        version = offered.negotiate();
        LOG.debug("server speaks RFB {}, answering {}", offered, version);
        streams.out().write(version.greeting());
        streams.flush();

        states.moveTo(RfbState.SECURITY);
        securityType = version.atLeast(ProtocolVersion.V3_7) ? chooseFromList() : takeServersChoice();
        if (securityType != SecurityType.NONE) {
            states.moveTo(RfbState.AUTHENTICATION);
        }
        try {
            Authenticator.of(securityType).authenticate(new SecurityContext(streams, prompt, options.tls()));
            if (version.atLeast(ProtocolVersion.V3_8) || securityType != SecurityType.NONE) {
                readSecurityResult();
            }
        } catch (EOFException | AuthenticationException e) {
            throw explained(e);
        }

        states.moveTo(RfbState.INITIALISATION);
        streams.out().writeByte(options.shared() ? 1 : 0);
        streams.flush();
        return readServerInit();
    }

    /**
     * A server that dislikes what TLS showed it (no client certificate) just hangs up; add what the
     * security exchange learnt about why, when it learnt something and the failure is such a hang-up.
     */
    private IOException explained(IOException e) {
        String why = streams.closingExplanation();
        boolean hangUp = e instanceof EOFException || e.getCause() instanceof SSLException;
        if (why == null || !hangUp) {
            return e;
        }
        String what = e instanceof EOFException ? "The server closed the connection" : e.getMessage();
        return new AuthenticationException(what + ": " + why, e);
    }

    ProtocolVersion version() {
        return version;
    }

    SecurityType securityType() {
        return securityType;
    }

    private SecurityType takeServersChoice() throws IOException {
        int code = streams.in().s32();
        if (code == 0) {
            throw new AuthenticationException("The server refused the connection: " + reason());
        }
        return SecurityType.fromCode(code)
                .orElseThrow(() -> new AuthenticationException("The server requires security type " + code + ", which Summit does not speak"));
    }

    private SecurityType chooseFromList() throws IOException {
        RfbInput in = streams.in();
        int count = in.u8();
        if (count == 0) {
            throw new AuthenticationException("The server refused the connection: " + reason());
        }
        List<Integer> offered = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            offered.add(in.u8());
        }
        for (SecurityType type : SecurityType.values()) {
            if (offered.contains(type.code())) {
                LOG.debug("server offers security types {}, choosing {}", offered, type.label());
                streams.out().writeByte(type.code());
                streams.flush();
                return type;
            }
        }
        throw new AuthenticationException("The server offers no security type Summit speaks (offered: " + offered
                + "; Summit speaks None, VNC authentication and VeNCrypt)");
    }

    private void readSecurityResult() throws IOException {
        int result = streams.in().s32();
        if (result == RESULT_OK) {
            return;
        }
        String why;
        if (version.atLeast(ProtocolVersion.V3_8)) {
            why = reason();
        } else {
            why = result == RESULT_TOO_MANY ? "too many attempts" : "wrong password or user name";
        }
        throw new AuthenticationException("Authentication failed: " + why);
    }

    private String reason() throws IOException {
        int length = streams.in().u32Length("failure reason", Limits.REASON_BYTES);
        String text = new String(streams.in().bytes(length), StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "no reason given" : text;
    }

    private ServerInit readServerInit() throws IOException {
        RfbInput in = streams.in();
        int width = in.u16();
        int height = in.u16();
        PixelFormat format = PixelFormat.read(in);
        int nameLength = in.u32Length("desktop name", Limits.NAME_BYTES);
        String name = new String(in.bytes(nameLength), StandardCharsets.UTF_8);
        if (width == 0 || height == 0) {
            throw new RfbProtocolException("the server announced an empty " + width + "×" + height + " screen");
        }
        LOG.debug("ServerInit: {}×{} \"{}\", server format {}", width, height, name, format);
        return new ServerInit(width, height, format, name);
    }
}
