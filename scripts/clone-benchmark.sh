#!/usr/bin/env bash
# ./run-benchmarks clone [--runs N]: a shut-off guest with a 20 GiB-virtual qcow2 holding 1 GiB, cloned
# whole by `summit clone --full` and by `virt-clone --auto-clone` in turns, then linked by Summit (one
# copy, ten copies). Medians of N (3). Both are whole processes timed from launch to exit, so Summit's
# figures include starting its JVM; the line "summit --version" shows what that alone costs.
# Works in a pool of its own (summit-bench), removed at the end with everything in it.
set -euo pipefail
SUMMIT_ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
runs=3
while (( $# )); do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    *) echo "clone-benchmark: unknown argument $1" >&2; exit 2 ;;
  esac
done
say() { printf 'clone-benchmark: %s\n' "$*" >&2; }
URI=qemu:///system
POOL=summit-bench
DIR=/var/lib/libvirt/summit-bench
SRC=clb-src
v() { virsh -q -c "$URI" "$@"; }
home=$(mktemp -d)
# shellcheck source=lib/launch.sh
. "$SUMMIT_ROOT/scripts/lib/launch.sh"
# The command line ./summit runs a verb with (natives unpacked once, the verb's class archive, C1).
summit() { summit_launch_command "$1"; HOME=$home "${SUMMIT_LAUNCH[@]}" "$@"; }

clean() {
  for d in $(v list --all --name | grep '^clb-' || true); do v undefine "$d" >/dev/null || true; done
  v pool-destroy "$POOL" >/dev/null 2>&1 || true
  v pool-undefine "$POOL" >/dev/null 2>&1 || true
  rm -rf "$DIR" "$home"
}
clean; home=$(mktemp -d)
trap clean EXIT
mkdir -p "$DIR"
v pool-define-as "$POOL" dir --target "$DIR" >/dev/null
v pool-start "$POOL" >/dev/null
say "making the source: 20 GiB qcow2, 1 GiB written"
qemu-img create -q -f qcow2 "$DIR/$SRC.qcow2" 20G
qemu-io -f qcow2 -c "write -P 0x5a 0 1G" "$DIR/$SRC.qcow2" >/dev/null
v pool-refresh "$POOL" >/dev/null
xml=$(mktemp --suffix=.xml)
cat >"$xml" <<XML
<domain type='kvm'><name>$SRC</name><memory unit='MiB'>128</memory><vcpu>1</vcpu>
  <os><type arch='x86_64'>hvm</type></os>
  <devices><disk type='file' device='disk'><driver name='qemu' type='qcow2'/>
    <source file='$DIR/$SRC.qcow2'/><target dev='vda' bus='virtio'/></disk>
    <interface type='user'/><graphics type='vnc' autoport='yes'/></devices></domain>
XML
v define "$xml" >/dev/null
rm -f "$xml"

ms() { local s; s=$(date +%s%N); "$@" >"$home/out" 2>&1 || { say "failed: $*: $(tail -1 "$home/out")"; return 1; }; echo $(( ($(date +%s%N) - s) / 1000000 )); }
# The operation's own time, as `summit clone` prints it ("10 clones made in 412 ms"), from the last run.
op_ms() { sed -n 's/.* made in \([0-9]*\) ms$/\1/p' "$home/out"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR ? a[int((NR+1)/2)] : "-")}'; }
drop() { v undefine "$1" >/dev/null; rm -f "$DIR/$1"*.qcow2; v pool-refresh "$POOL" >/dev/null; }

version=() vc=() full=() linked=() ten=() full_op=() linked_op=() ten_op=()
summit --version >/dev/null   # not counted: the first run after a build
# Not counted either: the first clone after a build writes the class archive later clones map,
# as the first `./summit clone` on a user's machine does.
summit clone "$SRC" --to clb-warm --full -c "$URI" >/dev/null; drop clb-warm
for ((i = 1; i <= runs; i++)); do
  version+=("$(ms summit --version)")
  vc+=("$(ms virt-clone --connect "$URI" --original "$SRC" --name "clb-vc-$i" --auto-clone)"); drop "clb-vc-$i"
  full+=("$(ms summit clone "$SRC" --to "clb-full-$i" --full -c "$URI")"); full_op+=("$(op_ms)"); drop "clb-full-$i"
done
# Linked last: each linked run moves the source onto one more overlay, as it would for a user.
for ((i = 1; i <= runs; i++)); do
  linked+=("$(ms summit clone "$SRC" --to "clb-l-$i" -c "$URI")"); linked_op+=("$(op_ms)")
  ten+=("$(ms summit clone "$SRC" --to "clb-t$i" --count 10 -c "$URI")"); ten_op+=("$(op_ms)")
done
say "virt-clone ${vc[*]}; summit full ${full[*]}; linked ${linked[*]}; ten linked ${ten[*]}; --version ${version[*]}"
med() { printf '%s\n' "$@" | median; }
printf '%-30s %12s %14s %14s %8s\n' "20 GiB qcow2, 1 GiB written" "Summit op ms" "Summit run ms" "virt-clone ms" "ratio"
printf '%-30s %12s %14s %14s %8s\n' "full copy" "$(med "${full_op[@]}")" "$(med "${full[@]}")" "$(med "${vc[@]}")" \
  "$(awk -v a="$(med "${full[@]}")" -v b="$(med "${vc[@]}")" 'BEGIN {printf "%.2f", a / b}')"
printf '%-30s %12s %14s %14s\n' "linked, one copy" "$(med "${linked_op[@]}")" "$(med "${linked[@]}")" "-"
printf '%-30s %12s %14s %14s\n' "linked, ten copies" "$(med "${ten_op[@]}")" "$(med "${ten[@]}")" "-"
printf '%-30s %12s %14s\n' "summit --version" "-" "$(med "${version[@]}")"
printf 'Medians of %d. "op": the clone operation as summit clone times it; "run": the whole process, launch to\n' "$runs"
printf 'exit (JVM start, store, connecting), as virt-clone is timed. Ratio: runs. Targets: full <= 1.0; linked <= 200 ms; ten <= 2000 ms.\n'
