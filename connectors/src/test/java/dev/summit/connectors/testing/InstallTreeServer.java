package dev.summit.connectors.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A network install tree served over HTTP on 127.0.0.1 from a folder, for tests without the
 * internet; HEAD and GET, 404 for anything else. Its installer kernel is GRUB made bootable by the
 * Linux boot protocol (lnxboot.img + a core image, package grub-pc-bin): QEMU loads it as it
 * would a distribution's vmlinuz.
 */
public final class InstallTreeServer implements AutoCloseable {
    private final Path root;
    private final HttpServer server;

    private InstallTreeServer(Path root, HttpServer server) {
        this.root = root;
        this.server = server;
    }

    public static InstallTreeServer serving(Path root) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
            } else if ("HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(200, -1);
            } else {
                exchange.sendResponseHeaders(200, Files.size(file));
                try (OutputStream out = exchange.getResponseBody()) {
                    Files.copy(file, out);
                }
            }
            exchange.close();
        });
        server.start();
        return new InstallTreeServer(root, server);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    /** A Fedora-37-style tree under {@code dir}: .treeinfo, images/pxeboot/vmlinuz and initrd.img. */
    public void fedoraTree(String dir) throws IOException, InterruptedException {
        Path images = Files.createDirectories(root.resolve(dir).resolve("images/pxeboot"));
        bootableKernel(images.resolve("vmlinuz"));
        Files.write(images.resolve("initrd.img"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        Files.writeString(root.resolve(dir).resolve(".treeinfo"), """
                [general]
                family = Fedora
                version = 37
                arch = x86_64
                [images-x86_64]
                kernel = images/pxeboot/vmlinuz
                initrd = images/pxeboot/initrd.img
                """);
    }

    /**
     * Adds a {@code [checksums]} section to the tree's .treeinfo with the kernel's and initrd's real
     * sha256 sums, or with {@code wrongInitrd} in place of the initrd's.
     */
    public void checksums(String dir, String wrongInitrd) throws IOException {
        Path tree = root.resolve(dir);
        String initrd = wrongInitrd != null ? wrongInitrd : sha256(tree.resolve("images/pxeboot/initrd.img"));
        Files.writeString(tree.resolve(".treeinfo"), Files.readString(tree.resolve(".treeinfo")) + """
                [checksums]
                images/pxeboot/vmlinuz = sha256:%s
                images/pxeboot/initrd.img = sha256:%s
                """.formatted(sha256(tree.resolve("images/pxeboot/vmlinuz")), initrd));
    }

    public static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bootableKernel(Path target) throws IOException, InterruptedException {
        Path core = target.resolveSibling("core.img");
        Process mk = new ProcessBuilder("grub-mkimage", "-O", "i386-pc", "-p", "(memdisk)/boot/grub", "-o", core.toString(),
                "normal", "echo", "minicmd").redirectErrorStream(true).start();
        String output = new String(mk.getInputStream().readAllBytes());
        if (mk.waitFor() != 0) {
            throw new IOException("grub-mkimage (package grub-pc-bin) failed: " + output);
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            Files.copy(Path.of("/usr/lib/grub/i386-pc/lnxboot.img"), out);
            Files.copy(core, out);
        }
        Files.delete(core);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
