#!/usr/bin/env bash
# Every program a test or Summit starts must come from a package ./summit or ./run-tests installs
# (or one those depend on, or an essential package): a developer's machine has packages installed
# by hand that a fresh machine and CI lack. Run by ./run-tests after it installs its packages.
#
# Two checks:
#  1. scripts/programs.tsv names each program with its package; every one must be on the PATH.
#  2. Every string literal in the Java sources, and every word of the test fixture scripts, that
#     names a program on this machine must be listed there (or marked as a mere word) and its package
#     must be installed by the scripts: this is what catches a new program on the machine it was
#     installed on by hand.
# Usage: check-programs.sh PACKAGE_SPEC...   (the specs the scripts install, "a|b" allowed)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
list=$root/scripts/programs.tsv
failures=()

# Installed packages that the given ones bring, following Depends and Pre-Depends, plus essentials.
mapfile -t wanted < <(printf '%s\n' "$@" | tr '|' '\n')
provided=$(dpkg-query -W -f='${db:Status-Abbrev}\t${Package}\t${Essential}\t${Provides}\t${Depends}, ${Pre-Depends}\n' 2>/dev/null \
  | awk -F'\t' -v wanted="${wanted[*]}" '
    $1 !~ /^ii/ { next }
    { pkg = $2; installed[pkg] = 1; deps[pkg] = $5
      if ($3 == "yes") essential[pkg] = 1
      n = split($4, prov, /, */); for (i = 1; i <= n; i++) { sub(/ .*/, "", prov[i]); if (prov[i] != "") providers[prov[i]] = providers[prov[i]] " " pkg } }
    END {
      n = split(wanted, queue, " "); head = 1
      for (p in essential) queue[++n] = p
      while (head <= n) {
        p = queue[head++]
        if (p in seen) continue
        seen[p] = 1
        if (!(p in installed)) { m = split(providers[p], alt, " "); for (i = 1; i <= m; i++) queue[++n] = alt[i]; continue }
        k = split(deps[p], d, /, */)
        for (i = 1; i <= k; i++) {
          split(d[i], choices, / *\| */)            # an alternative: whichever is installed
          for (c in choices) { name = choices[c]; sub(/[ :(].*/, "", name); if (name != "" && (name in installed || name in providers)) queue[++n] = name }
        }
      }
      for (p in seen) if (p in installed) print p
    }')
in_closure() { grep -qxF "$1" <<<"$provided"; }

package_of() {
  local path=$1 real owner
  real=$(readlink -f "$path")
  for candidate in "$path" "$real" "${path#/usr}" "${real#/usr}" "/usr$path" "/usr$real"; do
    owner=$(dpkg -S "$candidate" 2>/dev/null | head -n1 | cut -d: -f1) && [[ -n $owner ]] && { echo "${owner%%,*}"; return; }
  done
  echo ""
}

declare -A listed_package=()
while IFS=$'\t' read -r program package use _; do
  [[ -z $program || $program == \#* ]] && continue
  listed_package[$program]=$package
  [[ $package == - ]] && continue          # a word that merely names a program, e.g. a disk type "file"
  [[ $use == bench ]] && continue          # only ./run-benchmarks starts it, and installs its package itself
  if ! command -v -- "$program" >/dev/null 2>&1 && [[ ! -x $program ]]; then
    failures+=("program '$program' (package $package) is not installed")
  elif ! in_closure "$package"; then
    failures+=("program '$program' comes from package $package, which neither ./summit nor ./run-tests installs")
  fi
done <"$list"

# The words to look at: Java string literals that could name a program, and the fixture scripts' words.
mapfile -t words < <( { find "$root" -path "$root/.git" -prune -o -path '*/target' -prune -o -name '*.java' -path '*/src/*' -print0 \
    | xargs -0 grep -ohE '"(/usr)?(/s?bin/)?[A-Za-z][A-Za-z0-9+._-]*"' | tr -d '"'
  grep -vhE '^\s*#' "$root/scripts/two-hosts.sh" | grep -oE '(^|[;&|(`$]|\s)[a-z][a-z0-9+._-]+' | tr -d ' \t;&|(`$'; } | sort -u)
for word in "${words[@]}"; do
  [[ -n ${listed_package[$word]+x} ]] && continue
  path=$(command -v -- "$word" 2>/dev/null) || continue
  [[ $path == /* ]] || continue            # a shell builtin or keyword
  package=$(package_of "$path")
  if [[ -z $package ]]; then
    continue                                # not from a package (a stand-in of this machine's): cannot judge
  fi
  in_closure "$package" && continue
  failures+=("'$word' names the program $path of package $package, which neither ./summit nor ./run-tests installs: add $package to their packages and '$word<TAB>$package' to scripts/programs.tsv, or mark it '$word<TAB>-' if it is only a word")
done

if (( ${#failures[@]} )); then
  printf 'check-programs: %s\n' "${failures[@]}" >&2
  exit 1
fi
