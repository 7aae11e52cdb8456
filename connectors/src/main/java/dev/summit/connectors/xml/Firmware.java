package dev.summit.connectors.xml;

import java.nio.file.Files;
import java.nio.file.Path;

/** BIOS (SeaBIOS) or UEFI (OVMF, which libvirt picks itself from its firmware descriptors). */
public enum Firmware {
    BIOS,
    UEFI;

    /** Where Debian's ovmf package puts its images; without it libvirt has no UEFI to give a guest. */
    public static final Path OVMF_DIR = Path.of("/usr/share/OVMF");

    /** Whether UEFI can be offered for a guest on this (local) machine. */
    public static boolean uefiInstalled() {
        return Files.isDirectory(OVMF_DIR);
    }
}
