package dev.summit.connectors.osinfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operating systems of an osinfo-db tree (the system's is {@code /usr/share/osinfo}, the
 * database virt-manager and GNOME Boxes use): lookup by id or short id, search, ISO detection,
 * and the resources and devices an entry inherits from the ones it derives from.
 */
public final class OsInfoDb {
    private static final Logger LOG = LoggerFactory.getLogger(OsInfoDb.class);
    public static final Path SYSTEM_ROOT = Path.of("/usr/share/osinfo");
    /** virtio-blk, transitional and 1.0: an OS with either driver can boot from a virtio disk. */
    private static final Set<String> VIRTIO_BLOCK = Set.of("http://pcisig.com/pci/1af4/1001", "http://pcisig.com/pci/1af4/1042");
    private static final Set<String> VIRTIO_NET = Set.of("http://pcisig.com/pci/1af4/1000", "http://pcisig.com/pci/1af4/1041");
    private static final int MAX_ANCESTRY = 64;

    private final Map<String, OsEntry> byId;
    private final Map<String, OsEntry> byShortId;

    private OsInfoDb(Collection<OsEntry> entries) {
        Map<String, OsEntry> ids = new LinkedHashMap<>();
        Map<String, OsEntry> shorts = new HashMap<>();
        for (OsEntry entry : entries) {
            ids.put(entry.id(), entry);
            entry.shortIds().forEach(s -> shorts.putIfAbsent(s, entry));
        }
        this.byId = Map.copyOf(ids);
        this.byShortId = Map.copyOf(shorts);
    }

    /** The system's database, read on first use (a few hundred milliseconds) and kept; empty when osinfo-db is not installed. */
    public static OsInfoDb system() {
        return SystemHolder.DB;
    }

    /** Reads every {@code os/**.xml} under {@code root}; a file that cannot be read is skipped with a warning. */
    public static OsInfoDb load(Path root) {
        long started = System.nanoTime();
        Path os = root.resolve("os");
        List<OsEntry> entries = new ArrayList<>();
        if (Files.isDirectory(os)) {
            try (Stream<Path> files = Files.walk(os)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                    try {
                        entries.addAll(OsInfoReader.read(file));
                    } catch (IOException e) {
                        LOG.warn("skipping osinfo file {}: {}", file, e.getMessage());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        LOG.debug("osinfo-db {}: {} entries in {} ms", root, entries.size(), (System.nanoTime() - started) / 1_000_000);
        return new OsInfoDb(entries);
    }

    public int size() {
        return byId.size();
    }

    /** By full id or short id; "generic" always answers. */
    public Optional<OsEntry> find(String idOrShortId) {
        if (idOrShortId == null) {
            return Optional.empty();
        }
        OsEntry found = byId.getOrDefault(idOrShortId, byShortId.get(idOrShortId));
        if (found == null && OsEntry.GENERIC.shortIds().contains(idOrShortId)) {
            return Optional.of(OsEntry.GENERIC);
        }
        return Optional.ofNullable(found);
    }

    /** Entries whose name or short id contains every word of {@code text}, by name; generic first. */
    public List<OsEntry> search(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
        List<OsEntry> found = new ArrayList<>();
        found.add(OsEntry.GENERIC);
        byId.values().stream().filter(e -> containsAll(e, words)).sorted(Comparator.comparing(OsEntry::name))
                .forEach(found::add);
        return found;
    }

    /**
     * The OSes whose install media carry this disc's identifiers, best first (x86_64 media, then
     * the pattern that checked more fields). Empty when nothing matches: offer generic and the search.
     */
    public List<OsEntry> detect(IsoIdentity iso) {
        record Hit(OsEntry os, IsoPattern pattern) {
            int rank() {
                return ("x86_64".equals(pattern.arch()) ? 10 : 0) + pattern.specificity();
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (OsEntry os : byId.values()) {
            os.isos().stream().filter(p -> p.matches(iso)).max(Comparator.comparingInt(p -> new Hit(os, p).rank()))
                    .ifPresent(p -> hits.add(new Hit(os, p)));
        }
        hits.sort(Comparator.comparingInt(Hit::rank).reversed().thenComparing(h -> h.os().id()));
        return hits.stream().map(Hit::os).toList();
    }

    /** The OS a tree's .treeinfo names (family and version, e.g. "Fedora" and "37"), if osinfo-db knows it. */
    public Optional<OsEntry> detectTree(String family, String version) {
        return byId.values().stream().filter(os -> os.trees().stream().anyMatch(t -> family.equalsIgnoreCase(t.treeinfoFamily())
                && version.equals(t.treeinfoVersion()))).min(Comparator.comparing(OsEntry::id));
    }

    /** Recommended resources, completed from the entry's ancestry and then its minimum. */
    public OsResources recommended(OsEntry os) {
        OsResources resolved = OsResources.NONE;
        for (OsEntry entry : ancestry(os)) {
            resolved = resolved.orElse(entry.recommended());
        }
        return resolved.orElse(minimum(os));
    }

    public OsResources minimum(OsEntry os) {
        OsResources resolved = OsResources.NONE;
        for (OsEntry entry : ancestry(os)) {
            resolved = resolved.orElse(entry.minimum());
        }
        return resolved;
    }

    /** Whether the OS has a virtio-blk driver (its own or inherited); without one the disk goes on SATA. */
    public boolean supportsVirtioDisk(OsEntry os) {
        return hasAny(os, VIRTIO_BLOCK);
    }

    public boolean supportsVirtioNet(OsEntry os) {
        return hasAny(os, VIRTIO_NET);
    }

    private boolean hasAny(OsEntry os, Set<String> devices) {
        return ancestry(os).stream().anyMatch(e -> e.deviceIds().stream().anyMatch(devices::contains));
    }

    /** The entry, then what it derives from or clones, breadth first, each once. */
    private List<OsEntry> ancestry(OsEntry os) {
        List<OsEntry> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        order.add(os);
        seen.add(os.id());
        for (int i = 0; i < order.size() && order.size() < MAX_ANCESTRY; i++) {
            for (String parent : order.get(i).parents()) {
                OsEntry entry = byId.get(parent);
                if (entry != null && seen.add(parent)) {
                    order.add(entry);
                }
            }
        }
        return order;
    }

    private static boolean containsAll(OsEntry entry, String[] words) {
        String haystack = (entry.name() + " " + String.join(" ", entry.shortIds())).toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static final class SystemHolder {
        static final OsInfoDb DB = load(SYSTEM_ROOT);
    }
}
