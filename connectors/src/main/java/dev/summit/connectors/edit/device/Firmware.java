package dev.summit.connectors.edit.device;

import dev.summit.connectors.edit.Definition;
import java.util.Locale;
import org.w3c.dom.Element;

/** The firmware a guest boots with, shown read-only: changing it means reinstalling the boot loader. */
public enum Firmware {
    UEFI,
    BIOS;

    /** UEFI for {@code <os firmware='efi'>} or a flash loader (OVMF, AAVMF), BIOS otherwise. */
    public static Firmware of(Definition definition) {
        Element os = Definition.child(definition.root(), "os");
        if (os == null) {
            return BIOS;
        }
        if ("efi".equals(Definition.attribute(os, "firmware"))) {
            return UEFI;
        }
        Element loader = Definition.child(os, "loader");
        if (loader == null) {
            return BIOS;
        }
        String path = loader.getTextContent().strip().toLowerCase(Locale.ROOT);
        boolean uefiImage = path.contains("ovmf") || path.contains("aavmf") || path.contains("edk2");
        return "pflash".equals(Definition.attribute(loader, "type")) || uefiImage ? UEFI : BIOS;
    }
}
