package dev.summit.app.cli;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.ops.CloneGuest;
import dev.summit.connectors.xml.XmlTree;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host a verb's command line names, opened on a second thread from main() while picocli builds
 * and parses the verb on the first. A verb that works on one guest spends its start loading
 * libvirt-java, connecting and listing the host before its first useful call; the JVM's start
 * leaves one of the two cores idle meanwhile. The verb's {@link CliSession} takes the engine and
 * finds its host already connecting or connected; a failure to connect reaches the verb the same
 * way as when it connects itself. A run that never opens a session (bad usage, a refusal before
 * connecting) just leaves the connection to the process's exit.
 */
final class EarlyHost {
    private static final Logger LOG = LoggerFactory.getLogger(EarlyHost.class);

    /** Verbs whose first step is connecting to the host named by -c/--connect (or LIBVIRT_DEFAULT_URI). */
    private static final Set<String> CONNECTING_VERBS = Set.of("clone", "start", "shutdown", "reboot", "destroy",
            "suspend", "resume", "save", "restore", "delete", "info", "edit", "disk", "cdrom", "nic", "boot", "rename",
            "xml", "autostart");

    /** Verbs that write a guest's definition (a clone defines a new one): they serialize XML. */
    private static final Set<String> WRITING_VERBS = Set.of("clone", "edit", "disk", "cdrom", "nic", "boot", "rename",
            "xml");

    /** What a verb's session runs with (see CliSession): a clone follows no events, the others do. */
    static final EngineSettings FOLLOWING = EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO);

    private static HostEngine engine;
    private static EngineSettings engineSettings;

    private EarlyHost() {
    }

    /**
     * Starts opening the host of a verb that connects first, on a thread of its own. False when the
     * verb or its host is not known from the arguments alone (the host then comes from the store).
     */
    static boolean begin(String[] args) {
        if (args.length == 0 || !CONNECTING_VERBS.contains(args[0])) {
            return false;
        }
        Optional<String> uri = uriOf(args);
        if (uri.isEmpty()) {
            return false;
        }
        boolean writesDefinitions = WRITING_VERBS.contains(args[0]);
        boolean clones = args[0].equals("clone");
        EngineSettings settings = settingsOf(args[0]);
        HostEngine opening = new HostEngine(settings);
        synchronized (EarlyHost.class) {
            engine = opening;
            engineSettings = settings;
        }
        Thread thread = new Thread(() -> {
            try {
                opening.open(uri.get());
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("opening {} ahead failed: {}", uri.get(), e.toString()); // the verb's own open reports it
            }
            if (writesDefinitions) {
                prepareXmlWriting();
            }
            if (clones) {
                CloneGuest.prepare();
            }
        }, "open host early");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    /**
     * While the host connects: the JDK's XML serializer (its transformer factory, and the table of
     * every charset it builds on first use) is no part of the AOT cache, and a verb that writes a
     * definition otherwise loads it on the host's worker, between its checks and its libvirt call.
     */
    private static void prepareXmlWriting() {
        try {
            XmlTree.serialize(XmlTree.parse("<domain><name>early</name></domain>"));
        } catch (RuntimeException e) {
            LOG.debug("preparing the XML serializer failed: {}", e.toString());
        }
    }

    /** The settings the verb's session uses: a clone works on its own calls and waits for no event. */
    static EngineSettings settingsOf(String verb) {
        return verb.equals("clone") ? EngineSettings.ONE_READING : FOLLOWING;
    }

    /** The engine opened ahead, once, if it runs with these settings. */
    static synchronized Optional<HostEngine> take(EngineSettings settings) {
        HostEngine taken = engine;
        if (taken == null || !settings.equals(engineSettings)) {
            return Optional.empty();
        }
        engine = null;
        return Optional.of(taken);
    }

    /**
     * The URI as the verb will resolve it without the store: -c/--connect in any of picocli's
     * spellings, else $LIBVIRT_DEFAULT_URI. Nothing after "--" is an option.
     */
    static Optional<String> uriOf(String[] args) {
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            }
            if ((arg.equals("-c") || arg.equals("--connect")) && i + 1 < args.length) {
                return nonBlank(args[i + 1]);
            }
            if (arg.startsWith("--connect=")) {
                return nonBlank(arg.substring("--connect=".length()));
            }
            if (arg.startsWith("-c=")) {
                return nonBlank(arg.substring("-c=".length()));
            }
        }
        return nonBlank(System.getenv("LIBVIRT_DEFAULT_URI"));
    }

    private static Optional<String> nonBlank(String uri) {
        return uri == null || uri.isBlank() ? Optional.empty() : Optional.of(uri);
    }
}
