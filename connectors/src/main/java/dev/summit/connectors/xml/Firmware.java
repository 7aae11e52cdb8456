package dev.summit.connectors.xml;

/**
 * BIOS (SeaBIOS) or UEFI (OVMF, which libvirt picks itself from its firmware descriptors; whether a
 * host has it is {@code HostPlatform.uefi()}).
 */
public enum Firmware {
    BIOS,
    UEFI
}
