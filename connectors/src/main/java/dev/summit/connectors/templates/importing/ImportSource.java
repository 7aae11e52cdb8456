package dev.summit.connectors.templates.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The guest an import will make, from a template folder's vm.cfg or from a plain image plus options;
 * the user's options win over vm.cfg. {@code problems} holds what is missing (e.g. a name);
 * {@code nicMacs} has one entry per network card, its vm.cfg MAC or "" for a new one.
 */
record ImportSource(String name, long memoryMiB, int vcpus, Path image, long imageBytes, List<String> ignoredKeys,
                    List<String> problems, List<String> nicMacs) {
    static final long PLAIN_IMAGE_MEMORY_MIB = 512;

    static ImportSource read(ImportRequest request) throws IOException, XenConfigException {
        Path source = request.source();
        List<String> problems = new ArrayList<>();
        if (Files.isDirectory(source)) {
            XenTemplateConfig config = XenTemplateReader.readFolder(source);
            XenDiskLine disk = config.systemDisk();
            if (disk == null) {
                problems.add("vm.cfg names no hard disk to import");
            }
            Path image = disk == null ? null : disk.image();
            String name = request.name() != null ? request.name() : config.name();
            return new ImportSource(name, orElse(request.memoryMiB(), config.size().memoryMiB()),
                    request.vcpus() != null ? request.vcpus() : config.size().vcpus(), image,
                    image == null ? 0 : Files.size(image), config.ignoredKeys(), problems,
                    config.devices().nics().stream().map(nic -> nic.mac() == null ? "" : nic.mac()).toList());
        }
        if (!Files.isRegularFile(source)) {
            problems.add(source + " is neither a template folder (with vm.cfg) nor a disk image file.");
            return new ImportSource(request.name(), 0, 1, null, 0, List.of(), problems, List.of());
        }
        if (request.name() == null) {
            problems.add("A plain disk image needs a name for its guest (--name).");
        }
        return new ImportSource(request.name(), orElse(request.memoryMiB(), PLAIN_IMAGE_MEMORY_MIB),
                request.vcpus() != null ? request.vcpus() : 1, source, Files.size(source), List.of(), problems, List.of(""));
    }

    private static long orElse(Long chosen, long fallback) {
        return chosen != null ? chosen : fallback;
    }
}
