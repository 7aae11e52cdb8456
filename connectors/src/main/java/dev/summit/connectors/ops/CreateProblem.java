package dev.summit.connectors.ops;

/** One reason a new guest cannot be created as asked, tied to the choice that has to change. */
public record CreateProblem(Field field, String message) {
    /** The wizard page or command-line option where the problem can be fixed. */
    public enum Field { NAME, MEMORY, VCPUS, DISK, POOL, MEDIA, NETWORK, OS, FIRMWARE, VIRT_TYPE }
}
