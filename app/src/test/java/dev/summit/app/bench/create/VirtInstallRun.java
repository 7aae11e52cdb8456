package dev.summit.app.bench.create;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The anchor: virt-install's time from its start to a running guest, and the clean-up after each run. */
final class VirtInstallRun {
    private VirtInstallRun() {
    }

    static boolean installed() {
        return Path.of("/usr/bin/virt-install").toFile().canExecute();
    }

    static long cdrom(String uri, String name, String pool, Path iso) throws IOException, InterruptedException {
        return timed(uri, name, pool, List.of("--cdrom", iso.toString(), "--disk", "size=0.0625,pool=" + pool + ",format=qcow2"));
    }

    /** --import of a disk made before the clock starts, as a user importing an existing image would have. */
    static long importing(String uri, String name, String pool) throws IOException, InterruptedException {
        virsh(uri, "vol-create-as", pool, name + ".qcow2", "64M", "--format", "qcow2");
        return timed(uri, name, pool, List.of("--import", "--disk", "vol=" + pool + "/" + name + ".qcow2"));
    }

    private static long timed(String uri, String name, String pool, List<String> source)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("virt-install", "--connect", uri, "--name", name, "--memory", "128",
                "--vcpus", "1",
                // QEMU's default CPU, as Summit gives new guests: host-model aborts under nested KVM here.
                "--cpu", "qemu64,disable=svm", "--network", "none", "--graphics", "vnc", "--osinfo", "detect=on,require=off",
                "--noautoconsole"));
        command.addAll(source);
        long start = System.nanoTime();
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (process.waitFor() != 0) {
                throw new IOException("virt-install failed for " + name + ": " + String.join(" ", command));
            }
            while (!virsh(uri, "domstate", name).strip().equals("running")) {
                Thread.sleep(10);
            }
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            remove(uri, name, pool);
        }
    }

    /** The guest and its own disk only; never --remove-all-storage, which would take the ISO too. */
    static void remove(String uri, String name, String pool) throws IOException, InterruptedException {
        virsh(uri, "destroy", name);
        virsh(uri, "undefine", name);
        virsh(uri, "vol-delete", "--pool", pool, name + ".qcow2");
    }

    static String virsh(String uri, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("virsh", "-q", "-c", uri));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }
}
