# shellcheck shell=bash
# Helpers shared by ./summit and ./run-tests: messages, root access, Debian packages and the JDK.
# Sourced, not run; the caller sets `set -euo pipefail` and SUMMIT_ROOT.

# What Summit needs to build and open a window. "a|b" means either package will do: Ubuntu 24.04
# renamed several libraries (the 64-bit time_t move), and Debian 13 has no OpenJDK 17.
# osinfo-db tells the new-guest wizard which OS an install ISO holds and what it needs.
# libturbojpeg0 decodes the console's Tight JPEG rectangles (ImageIO, slower, when it is missing);
# ./run-tests installs these too, so the JPEG tests run against it.
# shellcheck disable=SC2034  # used by the scripts that source this file
SUMMIT_BASE_PACKAGES=(maven "libvirt0|libvirt0t64" "libgtk-3-0|libgtk-3-0t64" libgl1 libxtst6
  "libasound2|libasound2t64" osinfo-db "libturbojpeg0|libturbojpeg")
SUMMIT_JDK_PACKAGE="openjdk-17-jdk-headless|openjdk-21-jdk-headless"

say() { printf '%s: %s\n' "${0##*/}" "$*" >&2; }
die() { say "$*"; exit 1; }

# Root for system changes: ourselves, or sudo when it asks no password (a prompt would hang CI).
can_be_root() { [[ $EUID -eq 0 ]] || { command -v sudo >/dev/null && sudo -n true 2>/dev/null; }; }
as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"; elif can_be_root; then sudo -n "$@"; else return 1; fi
}

# Major Java version of a JDK directory. Reads its `release` file rather than starting a JVM,
# because that costs a quarter of a second on every launch.
jdk_major() {
  local v=""
  if [[ -f $1/release ]]; then
    v=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$1/release")
  elif [[ -x $1/bin/javac ]]; then
    v=$("$1/bin/javac" -version 2>&1 | sed -n 's/^javac \([0-9._]*\).*/\1/p')
  fi
  [[ $v == 1.* ]] && v=${v#1.}   # "1.8.0" style
  printf '%s\n' "${v%%[._]*}"
}

# Picks a JDK >= 17 (Maven needs javac, not just java) and exports JAVA_HOME and PATH for it.
# Order: the user's JAVA_HOME, the javac on PATH, then any JDK under /usr/lib/jvm.
find_jdk() {
  local cands=() d javac major
  [[ -n ${JAVA_HOME:-} ]] && cands+=("$JAVA_HOME")
  if javac=$(command -v javac); then cands+=("$(dirname "$(dirname "$(readlink -f "$javac")")")"); fi
  cands+=(/usr/lib/jvm/*/)
  for d in "${cands[@]}"; do
    d=${d%/}
    [[ -x $d/bin/javac && -x $d/bin/java ]] || continue
    major=$(jdk_major "$d")
    if [[ $major =~ ^[0-9]+$ ]] && (( major >= 17 )); then
      export JAVA_HOME=$d PATH=$d/bin:$PATH
      return 0
    fi
  done
  return 1
}

# Prints each spec ("a|b") none of whose packages is installed. One dpkg-query call for all of
# them keeps this cheap enough to run on every launch.
missing_packages() {
  local names=() alts installed spec alt ok
  command -v dpkg-query >/dev/null || return 0   # not Debian-like: cannot tell, let the build say
  for spec; do IFS='|' read -r -a alts <<<"$spec"; names+=("${alts[@]}"); done
  # dpkg-query fails when it has never heard of a name; the names it knows still print.
  installed=" $(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' "${names[@]}" 2>/dev/null \
    | awk '$1 == "ii" { printf "%s ", $2 }' || true) "
  for spec; do
    ok=""
    IFS='|' read -r -a alts <<<"$spec"
    for alt in "${alts[@]}"; do [[ $installed == *" $alt "* ]] && ok=1; done
    [[ -n $ok ]] || printf '%s\n' "$spec"
  done
}

# The first alternative of a spec that apt can actually install here (not purely virtual).
pick_package() {
  local alts alt
  IFS='|' read -r -a alts <<<"$1"
  for alt in "${alts[@]}"; do
    if apt-cache show "$alt" >/dev/null 2>&1; then printf '%s\n' "$alt"; return; fi
  done
  printf '%s\n' "${alts[0]}"
}

# Installs whatever is missing of the given specs, plus a JDK and Maven when none is usable.
# Without root it prints the exact command to run and fails: a half-set-up machine helps no one.
ensure_packages() {
  local specs=("$@") missing=() pkgs=() s
  find_jdk || specs+=("$SUMMIT_JDK_PACKAGE")
  mapfile -t missing < <(missing_packages "${specs[@]}")
  # A Maven installed by hand is fine too.
  if command -v mvn >/dev/null; then
    for s in "${!missing[@]}"; do [[ ${missing[s]} == maven ]] && unset 'missing[s]'; done
  fi
  (( ${#missing[@]} )) || return 0
  if ! command -v apt-get >/dev/null || ! can_be_root; then
    for s in "${missing[@]}"; do pkgs+=("${s%%|*}"); done
    say "missing packages: ${pkgs[*]}"
    say "install them with: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${pkgs[*]}"
    exit 1
  fi
  say "installing: ${missing[*]}"
  # A fresh machine may have empty package lists; without an update nothing can be found.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null \
    || die "apt-get update failed; are the package sources reachable?"
  for s in "${missing[@]}"; do pkgs+=("$(pick_package "$s")"); done
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${pkgs[@]}" >/dev/null || die "apt-get install failed for: ${pkgs[*]}"
  find_jdk || die "no JDK 17 or newer found after installing ${pkgs[*]}"
}
