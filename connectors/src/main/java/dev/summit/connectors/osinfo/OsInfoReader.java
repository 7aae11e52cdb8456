package dev.summit.connectors.osinfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the {@code <os>} entries of one osinfo-db file with a streaming parser: the files are
 * mostly translated names, variants and install trees we never look at, and skipping them
 * without building a tree keeps loading all 800 files well under a second.
 */
final class OsInfoReader {
    private static final Logger LOG = LoggerFactory.getLogger(OsInfoReader.class);
    private static final XMLInputFactory FACTORY = newFactory();

    private final Deque<String> path = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private Builder os;
    private String resourcesArch;
    private IsoBuilder iso;
    private boolean translated;
    private String mediaArch;
    private TreeBuilder tree;

    private OsInfoReader() {
    }

    static List<OsEntry> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new OsInfoReader().parse(FACTORY.createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private List<OsEntry> parse(XMLStreamReader xml) throws XMLStreamException {
        List<OsEntry> entries = new ArrayList<>();
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> start(xml);
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    OsEntry done = end(xml.getLocalName());
                    if (done != null) {
                        entries.add(done);
                    }
                }
                default -> { }
            }
        }
        return entries;
    }

    private void start(XMLStreamReader xml) {
        String name = xml.getLocalName();
        String parent = path.peek();
        path.push(name);
        text.setLength(0);
        translated = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang") != null;
        if ("os".equals(name) && "libosinfo".equals(parent)) {
            os = new Builder(xml.getAttributeValue(null, "id"));
        } else if (os == null) {
            return;
        } else if (("derives-from".equals(name) || "clones".equals(name)) && path.size() == 3) {
            os.parents.add(xml.getAttributeValue(null, "id"));
        } else if ("resources".equals(name) && path.size() == 3) {
            resourcesArch = xml.getAttributeValue(null, "arch");
        } else if ("device".equals(name) && "devices".equals(parent) && path.size() == 4
                && !"false".equals(xml.getAttributeValue(null, "supported"))) {
            os.devices.add(xml.getAttributeValue(null, "id"));
        } else if ("media".equals(name) && path.size() == 3) {
            mediaArch = xml.getAttributeValue(null, "arch");
        } else if ("iso".equals(name) && "media".equals(parent)) {
            iso = new IsoBuilder();
        } else if ("tree".equals(name) && path.size() == 3 && "x86_64".equals(xml.getAttributeValue(null, "arch"))) {
            tree = new TreeBuilder();
        }
    }

    private OsEntry end(String name) {
        String value = text.toString().strip();
        text.setLength(0);
        path.pop();
        if (os == null) {
            return null;
        }
        if (tree != null && !"tree".equals(name)) {
            switch (name) {
                case "url" -> tree.url = value;
                case "kernel" -> tree.kernel = value;
                case "initrd" -> tree.initrd = value;
                case "family" -> tree.family = value;
                case "version" -> tree.version = "treeinfo".equals(path.peek()) ? value : tree.version;
                default -> { }
            }
        } else if ("tree".equals(name) && tree != null) {
            os.trees.add(new InstallTree(tree.url, tree.kernel, tree.initrd, tree.family, tree.version));
            tree = null;
        } else if (path.size() == 2 && path.peek().equals("os") && !"tree".equals(name)) {
            switch (name) {
                case "short-id" -> os.shortIds.add(value);
                case "name" -> os.name = os.name == null && !translated ? value : os.name;
                case "version" -> os.version = value;
                case "family" -> os.family = value;
                case "distro" -> os.distro = value;
                default -> { }
            }
        } else if (inResources() && isOurArch(resourcesArch) && path.size() == 4) {
            boolean minimum = "minimum".equals(path.peek());
            long[] target = minimum ? os.minimum : os.recommended;
            switch (name) {
                case "ram" -> target[0] = parseLong(value);
                case "n-cpus" -> target[1] = parseLong(value);
                case "storage" -> target[2] = parseLong(value);
                default -> { }
            }
        } else if (iso != null && "iso".equals(path.peek())) {
            switch (name) {
                case "volume-id" -> iso.volume = compile(value);
                case "system-id" -> iso.system = compile(value);
                case "publisher-id" -> iso.publisher = compile(value);
                case "application-id" -> iso.application = compile(value);
                default -> { }
            }
        } else if ("iso".equals(name) && iso != null) {
            if (iso.volume != null) {
                os.isos.add(new IsoPattern(mediaArch, iso.volume, iso.system, iso.publisher, iso.application));
            }
            iso = null;
        } else if ("os".equals(name) && path.size() == 1) {
            OsEntry entry = os.build();
            os = null;
            return entry;
        }
        return null;
    }

    private boolean inResources() {
        return path.contains("resources");
    }

    /** Summit creates x86_64 guests; "all" applies to every architecture. */
    private static boolean isOurArch(String arch) {
        return arch == null || "all".equals(arch) || "x86_64".equals(arch);
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** osinfo's patterns are GLib (PCRE) regular expressions; the few Java cannot read are skipped. */
    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            LOG.debug("skipping osinfo pattern {}: {}", regex, e.getDescription());
            return null;
        }
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static final class TreeBuilder {
        String url;
        String kernel;
        String initrd;
        String family;
        String version;
    }

    private static final class IsoBuilder {
        Pattern volume;
        Pattern system;
        Pattern publisher;
        Pattern application;
    }

    private static final class Builder {
        final String id;
        final List<String> shortIds = new ArrayList<>();
        final List<String> parents = new ArrayList<>();
        final Set<String> devices = new HashSet<>();
        final List<IsoPattern> isos = new ArrayList<>();
        final List<InstallTree> trees = new ArrayList<>();
        final long[] minimum = new long[3];
        final long[] recommended = new long[3];
        String name;
        String version = "";
        String family = "";
        String distro = "";

        Builder(String id) {
            this.id = id;
        }

        OsEntry build() {
            return new OsEntry(id, shortIds, new OsLabel(name == null ? id : name, version, family, distro), parents,
                    resources(minimum), resources(recommended), devices, new OsMedia(isos, trees));
        }

        private static OsResources resources(long[] values) {
            return new OsResources(values[0], (int) values[1], values[2]);
        }
    }
}
