package dev.summit.connectors.templates.importing;

/** vm.cfg's {@code on_poweroff}, {@code on_reboot} and {@code on_crash}, as xl spells them; null when unset. */
public record XenActions(String onPoweroff, String onReboot, String onCrash) {
}
