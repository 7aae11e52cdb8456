package dev.summit.connectors.templates.importing;

/** vm.cfg's {@code memory}, {@code maxmem} (never below memory) and {@code vcpus}. */
public record XenSize(long memoryMiB, long maxMemoryMiB, int vcpus) {
}
