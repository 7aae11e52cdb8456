package dev.summit.connectors.osinfo;

/** How osinfo-db names an OS for people: "Debian 11", version "11", family "linux", distro "debian". */
public record OsLabel(String name, String version, String family, String distro) {
}
