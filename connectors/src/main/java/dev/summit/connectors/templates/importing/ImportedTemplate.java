package dev.summit.connectors.templates.importing;

import java.util.List;

/** What an import created: the template guest, its system volume, and the vm.cfg keys it did not carry over. */
public record ImportedTemplate(String name, String uuid, String volumePath, String volumeFormat, long memoryMiB,
                               int vcpus, List<String> ignoredKeys) {
}
