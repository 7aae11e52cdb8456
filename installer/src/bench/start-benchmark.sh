#!/usr/bin/env bash
# Start-time benchmark (./run-benchmarks start [--runs N]) of the installed package (/usr/bin/summit,
# from the .deb), with its anchors in the same run:
#  - windows: launch → mapped, and → first frame (a screenshot no longer blank), cold (page cache
#    dropped, needs root) and warm, median of N (5), for Summit, a minimal JavaFX window (a MenuBar
#    and a TableView, MinimalWindow.java, on Summit's own runtime and flags with an AOT cache of its
#    own) and virt-manager; all on test:///default and throw-away profiles; RSS of each process tree
#    2 s after its first frame; CPU time used when the window mapped (steadier than the wall clock
#    on a shared machine);
#  - verbs: `summit list --connect test:///default` beside `virsh list --all`, launch to exit; as root,
#    `summit migrate` beside `virsh migrate` on the two-host fixture and `summit clone --full` beside
#    virt-clone (start-verbs.sh). --verbs-only skips the windows.
#  - --image DIR (repeatable): instead of all that, the app images given (installer/target/app-image/
#    summit, or copies of it with other JVM flags and their own caches) side by side, their runs
#    taking turns: the window (warm) and `summit list`, with the CPU time of each (compare_images).
set -euo pipefail
runs=5 windows=1 images=() args=("$@")
while (( $# )); do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --verbs-only) windows=""; shift ;;
    --image) [[ -x ${2:-}/bin/summit-launch ]] || { echo "start-benchmark: no app image at ${2:-} (bin/summit-launch)" >&2; exit 2; }
      images+=("$(cd "$2" && pwd)"); shift 2 ;;
    *) echo "start-benchmark: unknown argument $1" >&2; exit 2 ;;
  esac
done
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
SUMMIT_ROOT=$root
# shellcheck source=../../../scripts/lib/common.sh
. "$root/scripts/lib/common.sh"
say() { printf 'start-benchmark: %s\n' "$*" >&2; }
(( ${#images[@]} )) || command -v summit >/dev/null || die "Summit is not installed: mvn -pl installer -am package -Pinstaller -DskipTests && sudo apt install ./installer/target/summit_*.deb"
if (( ${#images[@]} )); then launcher=${images[0]}/bin/summit-launch; else launcher=$(readlink -f "$(command -v summit)"); fi
runtime=$(dirname "$launcher")/../lib/runtime
[[ -x $runtime/bin/java ]] || die "no runtime beside $launcher: is the package from this tree's installer?"
if [[ -z ${SUMMIT_BENCH_INNER:-} ]]; then
  ensure_packages virt-manager xdotool imagemagick xvfb xauth libvirt-clients
  # The migrate and clone ratios: the two-host fixture's packages, virt-clone.
  [[ $EUID -eq 0 && ${#images[@]} -eq 0 ]] && ensure_packages bindfs fuse3 openssh-server libvirt-daemon-system qemu-system-x86 qemu-utils \
    grub-rescue-pc virtinst
  if [[ -z ${DISPLAY:-} ]]; then
    SUMMIT_BENCH_INNER=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" "${BASH_SOURCE[0]}" "${args[@]}"
  fi
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# shellcheck source=start-measure.sh
. "$here/start-measure.sh"
# shellcheck source=start-verbs.sh
. "$here/start-verbs.sh"
(( ${#images[@]} )) && { compare_images "${images[@]}"; exit 0; }
[[ -n $windows ]] || { verb_tables; exit 0; }

# The minimal window: compiled against the package's runtime by a JDK 25, run with the flags the
# package gives Summit (read from its launcher) and an AOT cache trained here the same way.
# shellcheck source=../deb/package-jdk.sh
. "$root/installer/src/deb/package-jdk.sh"
jdk=$(package_jdk) || die "no JDK 25 or newer to compile the minimal JavaFX window"
"$jdk/bin/javac" --system "$runtime" -d "$scratch/minimal" "$here/MinimalWindow.java"
"$jdk/bin/jar" cf "$scratch/minimal.jar" -C "$scratch/minimal" .
mapfile -t flags < <(grep -o '"-X[^"$]*"' "$launcher" | tr -d '"')
# Rendered as Summit's launcher renders: without a GPU render node, JavaFX's software pipeline and
# no GLX probe by GTK (scripts/lib/launch.sh); only these two processes get GDK_GL, not virt-manager.
# shellcheck source=../../../scripts/lib/launch.sh
. "$root/scripts/lib/launch.sh"
summit_rendering
render_env=(env)
(( ${#SUMMIT_RENDERING[@]} )) && render_env=(env GDK_GL=disable)
unset GDK_GL
train_window '^Minimal JavaFX$' "${render_env[@]}" "$runtime/bin/java" "${flags[@]}" "${SUMMIT_RENDERING[@]}" \
  -XX:AOTCacheOutput="$scratch/minimal.aot" -cp "$scratch/minimal.jar" MinimalWindow \
  || die "the minimal window's training run failed"
minimal=("${render_env[@]}" "$runtime/bin/java" "${flags[@]}" "${SUMMIT_RENDERING[@]}" -XX:AOTCache="$scratch/minimal.aot"
  -cp "$scratch/minimal.jar" MinimalWindow)

printf '%-16s %-5s %9s %9s %7s %9s   (median of %d, ms; machine load %s)\n' window mode mapped "1st frame" "RSS MB" \
  "CPU ms" "$runs" "$(cut -d' ' -f1-3 /proc/loadavg)"
bench summit '^Summit$' summit --connect test:///default
bench minimal-javafx '^Minimal JavaFX$' "${minimal[@]}"
bench virt-manager '^Virtual Machine Manager$' virt-manager --no-fork --connect test:///default
ratios

verb_tables
