package dev.summit.connectors.ops;

import dev.summit.connectors.osinfo.InstallTree;
import dev.summit.connectors.osinfo.OsEntry;
import dev.summit.connectors.osinfo.OsInfoDb;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the installer in a network install tree. A tree with a {@code .treeinfo} (Fedora, RHEL and
 * their rebuilds) names its kernel and initrd and its family and version, which osinfo-db maps to an
 * OS; anaconda then needs {@code inst.repo=} to find the rest. Without one, the layouts osinfo-db
 * records for the chosen OS are tried, then the usual ones (Debian and Ubuntu installer directories,
 * SUSE trees). The {@code .treeinfo}'s {@code [checksums]} for the kernel and initrd go with the
 * result, for the download to be checked against.
 */
public final class InstallTreeLocator {
    /** Relative kernel, initrd and the kernel argument naming the tree ({@code %s}), for trees without .treeinfo. */
    private record Layout(String kernel, String initrd, String cmdline) {
    }

    private static final List<Layout> USUAL = List.of(
            new Layout("current/images/netboot/debian-installer/amd64/linux",
                    "current/images/netboot/debian-installer/amd64/initrd.gz", ""),
            new Layout("install.amd/vmlinuz", "install.amd/initrd.gz", ""),
            new Layout("images/pxeboot/vmlinuz", "images/pxeboot/initrd.img", "inst.repo=%s"),
            new Layout("boot/x86_64/loader/linux", "boot/x86_64/loader/initrd", "install=%s"));

    private final HttpClient http;

    public InstallTreeLocator(HttpClient http) {
        this.http = http;
    }

    public static InstallTreeLocator standard() {
        return new InstallTreeLocator(httpClient());
    }

    /** How Summit reaches install trees: mirrors redirect, and a dead one is given up after 10 s. */
    public static HttpClient httpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * @param chosen the OS the user picked, or null to detect it from the tree
     * @throws IOException with a sentence naming the URL and what was looked for
     */
    public NetInstall locate(String url, OsEntry chosen, OsInfoDb db) throws IOException, InterruptedException {
        String base = url.strip().replaceAll("/+$", "");
        URI root;
        try {
            root = URI.create(base + "/");
        } catch (IllegalArgumentException e) {
            throw new IOException("'" + url + "' is not a URL.");
        }
        if (!"http".equals(root.getScheme()) && !"https".equals(root.getScheme())) {
            throw new IOException("An install tree is reached over http or https; '" + url + "' is not.");
        }
        String treeinfo = fetchText(root.resolve(".treeinfo"));
        if (treeinfo != null) {
            Map<String, Map<String, String>> ini = parseIni(treeinfo);
            Map<String, String> images = ini.getOrDefault("images-x86_64", Map.of());
            if (images.containsKey("kernel") && images.containsKey("initrd")) {
                String family = first(ini, "release", "general", "name", "family");
                String version = first(ini, "release", "general", "version", "version");
                OsEntry os = chosen != null ? chosen
                        : family == null || version == null ? OsEntry.GENERIC : db.detectTree(family, version).orElse(OsEntry.GENERIC);
                Map<String, String> sums = ini.getOrDefault("checksums", Map.of());
                return new NetInstall(base, root.resolve(images.get("kernel")), root.resolve(images.get("initrd")),
                        "inst.repo=" + base, os, InstallerChecksum.from(sums, images.get("kernel")).orElse(null),
                        InstallerChecksum.from(sums, images.get("initrd")).orElse(null));
            }
        }
        List<Layout> layouts = new ArrayList<>();
        if (chosen != null) {
            for (InstallTree tree : chosen.trees()) {
                if (tree.kernel() != null && tree.initrd() != null) {
                    layouts.add(new Layout(tree.kernel(), tree.initrd(), ""));
                }
            }
        }
        layouts.addAll(USUAL);
        for (Layout layout : layouts) {
            if (exists(root.resolve(layout.kernel())) && exists(root.resolve(layout.initrd()))) {
                return new NetInstall(base, root.resolve(layout.kernel()), root.resolve(layout.initrd()),
                        layout.cmdline().isEmpty() ? "" : String.format(Locale.ROOT, layout.cmdline(), base),
                        chosen != null ? chosen : OsEntry.GENERIC);
            }
        }
        throw new IOException("No installer found under " + base + ": it has no .treeinfo, and none of "
                + layouts.stream().map(Layout::kernel).distinct().toList() + " is there.");
    }

    private String fetchText(URI uri) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private boolean exists(URI uri) throws InterruptedException {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** A value from the first section that has it: newer .treeinfo files say [release] name, older [general] family. */
    private static String first(Map<String, Map<String, String>> ini, String section, String fallbackSection, String key,
                                String fallbackKey) {
        String value = ini.getOrDefault(section, Map.of()).get(key);
        return value != null ? value : ini.getOrDefault(fallbackSection, Map.of()).get(fallbackKey);
    }

    static Map<String, Map<String, String>> parseIni(String text) {
        Map<String, Map<String, String>> sections = new HashMap<>();
        Map<String, String> current = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(), k -> new HashMap<>());
            } else if (current != null && line.contains("=")) {
                int eq = line.indexOf('=');
                current.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return sections;
    }
}
