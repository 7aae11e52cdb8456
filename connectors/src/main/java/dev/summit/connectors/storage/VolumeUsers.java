package dev.summit.connectors.storage;

import dev.summit.connectors.xml.DomainDisk;
import dev.summit.connectors.xml.DomainDisks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * Which guests use which images, read in one pass over every guest's definition: as a disk
 * (a path, or "pool/volume"), or as a backing image somewhere under a disk. The Delete rules say a
 * volume any guest uses either way is never deleted, and a pool holding one is never removed.
 */
public final class VolumeUsers {
    private final Map<String, Set<String>> direct;
    private final Map<String, Set<String>> backing;

    private VolumeUsers(Map<String, Set<String>> direct, Map<String, Set<String>> backing) {
        this.direct = direct;
        this.backing = backing;
    }

    public static VolumeUsers read(Connect conn) throws LibvirtException {
        Map<String, Set<String>> direct = new HashMap<>();
        Map<String, Set<String>> backing = new HashMap<>();
        for (Domain domain : conn.listAllDomains(0)) {
            String name = domain.getName();
            for (DomainDisk disk : DomainDisks.parse(domain.getXMLDesc(0))) {
                if (disk.source() != null) {
                    direct.computeIfAbsent(disk.source(), k -> new LinkedHashSet<>()).add(name);
                }
                for (String file : disk.backingFiles()) {
                    backing.computeIfAbsent(file, k -> new LinkedHashSet<>()).add(name);
                }
            }
        }
        return new VolumeUsers(direct, backing);
    }

    /** Guests whose disk is this volume, sorted. */
    public List<String> disksOf(VolumeSummary volume) {
        Set<String> users = new LinkedHashSet<>(direct.getOrDefault(volume.path(), Set.of()));
        users.addAll(direct.getOrDefault(volume.pool() + "/" + volume.name(), Set.of()));
        return users.stream().sorted().toList();
    }

    /** Guests whose disk builds on this volume as a backing image, sorted. */
    public List<String> builtOn(VolumeSummary volume) {
        return backing.getOrDefault(volume.path(), Set.of()).stream().sorted().toList();
    }

    /** Every guest using any of the volumes (or any path under the directory, for a stopped pool). */
    public List<String> ofPool(String pool, Collection<VolumeSummary> volumes, String targetDirectory) {
        Set<String> users = new LinkedHashSet<>();
        for (VolumeSummary volume : volumes) {
            users.addAll(disksOf(volume));
            users.addAll(builtOn(volume));
        }
        List<Map.Entry<String, Set<String>>> all = new ArrayList<>(direct.entrySet());
        all.addAll(backing.entrySet());
        for (Map.Entry<String, Set<String>> entry : all) {
            String path = entry.getKey();
            if (path.startsWith(pool + "/") || (targetDirectory != null && path.startsWith(targetDirectory + "/"))) {
                users.addAll(entry.getValue());
            }
        }
        return users.stream().sorted().toList();
    }

    /** "guest 'a'" or "guests 'a', 'b'". */
    public static String guests(List<String> names) {
        return (names.size() == 1 ? "guest '" : "guests '") + String.join("', '", names) + "'";
    }
}
