package dev.summit.connectors.templates.importing;

/** One entry of {@code vif = [...]}; null for a part the line leaves out. */
public record XenNicLine(String bridge, String mac, String model, int line) {
}
