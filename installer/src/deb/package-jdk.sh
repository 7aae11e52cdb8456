# shellcheck shell=bash
# Sourced by build-package.sh: package_jdk prints the JDK the package's runtime is jlinked from.
# It must be 25 or newer: the runtime's AOT cache (JEP 483/514) needs it, and the cache is made
# by this JDK's JVM, which the runtime carries. Order: SUMMIT_PACKAGE_JDK, JAVA_HOME, then the
# newest under /usr/lib/jvm. A JDK here is a directory with bin/jlink, bin/jpackage and a release file.

package_jdk_major() {
  local v
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
  printf '%s\n' "${v:-0}"
}

package_jdk() {
  local d best="" best_major=0 major
  for d in "${SUMMIT_PACKAGE_JDK:-}" "${JAVA_HOME:-}"; do
    [[ -n $d && -x $d/bin/jlink && -x $d/bin/jpackage ]] || continue
    (( $(package_jdk_major "$d") >= 25 )) && { printf '%s\n' "$d"; return 0; }
  done
  for d in /usr/lib/jvm/*/; do
    d=${d%/}
    [[ -x $d/bin/jlink && -x $d/bin/jpackage ]] || continue
    major=$(package_jdk_major "$d")
    (( major >= 25 && major > best_major )) && best=$d best_major=$major
  done
  [[ -n $best ]] && printf '%s\n' "$best"
}
