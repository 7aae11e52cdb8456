# shellcheck shell=bash
# The verbs' process ratios for start-benchmark.sh (sourced after start-measure.sh): whole processes,
# launch to exit, of the installed package beside the tools a user would run instead.
#  - `summit migrate` against `virsh migrate --live --persistent --undefinesource` (the same move)
#    on the two-host fixture (scripts/two-hosts.sh), one idle 128 MiB guest moved back and forth,
#    the two taking turns and directions; target ≤ 1.15;
#  - `summit clone --full` against `virt-clone --auto-clone` of a shut-off guest with a 20 GiB qcow2
#    holding 1 GiB, in a pool of its own; target ≤ 1.0.
# One run of each first is not counted (it fills the page cache). Needs root, $root, $runs, $scratch
# and the functions of start-measure.sh; everything made here is removed again.

VERB_GUEST=start-bench-mig
VERB_POOL=start-bench-clone
VERB_POOL_DIR=/var/lib/libvirt/start-bench-clone
VERB_SOURCE=sbc-src

# CPU ms (user + system) of the waited-for children in a file `times` wrote (bash's own, no program;
# it must run in the shell that waited, not in a $(…) of its own).
children_cpu_ms() {
  awk 'NR == 2 {split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%d", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * 1000}' "$1"
}

# Runs a command on one throw-away profile kept for all the verbs (a user's store already exists);
# prints WALL/CPU in ms (the CPU its process tree used: a loaded machine disturbs it far less than
# the wall clock), or nothing when it failed.
verb_ms() {
  local s profile=$scratch/verb-profile
  mkdir -p "$profile"
  times >"$profile/cpu-before"
  s=$(date +%s%N)
  if ! HOME=$profile XDG_DATA_HOME=$profile/data XDG_CONFIG_HOME=$profile/config XDG_CACHE_HOME=$profile/cache \
    "$@" >"$profile/log" 2>&1; then
    say "failed: $*: $(grep -m3 -E '^summit:|Exception|rror' "$profile/log" | tr '\n' ' ')"; return 0
  fi
  s=$(( ($(date +%s%N) - s) / 1000000 ))
  times >"$profile/cpu-after"
  echo "$s/$(( $(children_cpu_ms "$profile/cpu-after") - $(children_cpu_ms "$profile/cpu-before") ))"
}

# Prints one ratio line: LABEL, Summit's and the anchor's lists of WALL/CPU times, the target; then
# the CPU medians and their ratio.
verb_pair() {
  local label=$1 ours=$2 theirs=$3 target=$4 a b ac bc
  a=$(tr ' ' '\n' <<<"$ours" | grep . | cut -d/ -f1 | median)
  b=$(tr ' ' '\n' <<<"$theirs" | grep . | cut -d/ -f1 | median)
  ac=$(tr ' ' '\n' <<<"$ours" | grep . | cut -d/ -f2 | median)
  bc=$(tr ' ' '\n' <<<"$theirs" | grep . | cut -d/ -f2 | median)
  printf '%-44s %8s %8s %6s   (target ≤ %s)\n' "$label" "$a" "$b" "$(ratio "$a" "$b")" "$target"
  printf '%-44s %8s %8s %6s\n' "  CPU ms of the process tree" "$ac" "$bc" "$(ratio "$ac" "$bc")"
}

virt_type() {
  if [[ -c /dev/kvm ]] && { : <>/dev/kvm; } 2>/dev/null; then echo kvm; else echo qemu; fi
}

# The guest off both hosts, its disk gone, and the fixture down if this run brought it up.
mig_clean() {
  local uri
  for uri in "$MIG_A_URI" "$MIG_B_URI"; do
    virsh -q -c "$uri" destroy "$VERB_GUEST" >/dev/null 2>&1 || true
    virsh -q -c "$uri" undefine "$VERB_GUEST" >/dev/null 2>&1 || true
  done
  rm -f "$MIG_SHARED/$VERB_GUEST.qcow2"
  $MIG_DOWN "$MIG_FIXTURE" down >/dev/null 2>&1 || true
}

verb_migrate() {
  local fixture=$root/scripts/two-hosts.sh xml i here there ours=() theirs=() down=true pidfile
  # A fixture someone else brought up (a test, a benchmark) stays up: only its guest is ours.
  pidfile=${SUMMIT_MIG_BASE:-/tmp/mig-summit}/state/bindfs.pid
  if [[ -s $pidfile ]] && kill -0 "$(<"$pidfile")" 2>/dev/null; then down=:; fi
  eval "$("$fixture" up)"
  MIG_DOWN=$down MIG_FIXTURE=$fixture
  trap 'mig_clean; rm -rf "$scratch"' EXIT
  qemu-img create -q -f qcow2 "$MIG_SHARED/$VERB_GUEST.qcow2" 64M
  xml=$scratch/$VERB_GUEST.xml
  cat >"$xml" <<XML
<domain type='$(virt_type)'>
  <name>$VERB_GUEST</name>
  <memory unit='MiB'>128</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='cdrom'/></os>
  <devices>
    <disk type='file' device='disk'><driver name='qemu' type='qcow2' cache='none'/>
      <source file='$MIG_SHARED/$VERB_GUEST.qcow2'/><target dev='vda' bus='virtio'/></disk>
    <disk type='file' device='cdrom'><driver name='qemu' type='raw'/>
      <source file='$MIG_SHARED/boot.iso'/><target dev='hdc' bus='ide'/><readonly/></disk>
    <graphics type='vnc' autoport='yes'/>
  </devices>
</domain>
XML
  virsh -q -c "$MIG_A_URI" define "$xml" >/dev/null
  virsh -q -c "$MIG_A_URI" start "$VERB_GUEST" >/dev/null
  sleep 3
  here=$MIG_A_URI there=$MIG_B_URI
  summit_move() { verb_ms summit migrate "$VERB_GUEST" -c "$1" --to "$2"; }
  virsh_move() { verb_ms virsh -q -c "$1" migrate --live --persistent --undefinesource "$VERB_GUEST" "$2"; }
  summit_move "$here" "$there" >/dev/null   # not counted
  virsh_move "$there" "$here" >/dev/null    # not counted
  # Turns and directions alternate (ours A→B, virsh B→A, virsh A→B, ours B→A, …), so neither side
  # always gets the same direction.
  for ((i = 0; i < runs * 2; i++)); do
    if (( (i % 2 == 0) == (i % 4 < 2) )); then ours+=("$(summit_move "$here" "$there")")
    else theirs+=("$(virsh_move "$here" "$there")"); fi
    # Where the guest really is: a failed move leaves it where it was.
    if virsh -q -c "$there" domstate "$VERB_GUEST" >/dev/null 2>&1; then local swap=$here; here=$there; there=$swap; fi
  done
  say "summit migrate: ${ours[*]} ms (wall/CPU); virsh migrate: ${theirs[*]} ms; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  mig_clean
  trap 'rm -rf "$scratch"' EXIT
  verb_pair "summit migrate / virsh migrate (live)" "${ours[*]}" "${theirs[*]}" 1.15
}

clone_clean() {
  local d
  for d in $(virsh -q -c qemu:///system list --all --name | grep '^sbc-' || true); do
    virsh -q -c qemu:///system undefine "$d" >/dev/null || true
  done
  virsh -q -c qemu:///system pool-destroy "$VERB_POOL" >/dev/null 2>&1 || true
  virsh -q -c qemu:///system pool-undefine "$VERB_POOL" >/dev/null 2>&1 || true
  rm -rf "$VERB_POOL_DIR"
}

verb_clone() {
  local v=(virsh -q -c qemu:///system) i ours=() theirs=()
  clone_clean
  # shellcheck disable=SC2064
  trap "clone_clean; rm -rf \"$scratch\"" EXIT
  mkdir -p "$VERB_POOL_DIR"
  "${v[@]}" pool-define-as "$VERB_POOL" dir --target "$VERB_POOL_DIR" >/dev/null
  "${v[@]}" pool-start "$VERB_POOL" >/dev/null
  qemu-img create -q -f qcow2 "$VERB_POOL_DIR/$VERB_SOURCE.qcow2" 20G
  qemu-io -f qcow2 -c "write -P 0x5a 0 1G" "$VERB_POOL_DIR/$VERB_SOURCE.qcow2" >/dev/null
  "${v[@]}" pool-refresh "$VERB_POOL" >/dev/null
  cat >"$scratch/$VERB_SOURCE.xml" <<XML
<domain type='$(virt_type)'><name>$VERB_SOURCE</name><memory unit='MiB'>128</memory><vcpu>1</vcpu>
  <os><type arch='x86_64'>hvm</type></os>
  <devices><disk type='file' device='disk'><driver name='qemu' type='qcow2'/>
    <source file='$VERB_POOL_DIR/$VERB_SOURCE.qcow2'/><target dev='vda' bus='virtio'/></disk></devices></domain>
XML
  "${v[@]}" define "$scratch/$VERB_SOURCE.xml" >/dev/null
  # Each copy leaves a gigabyte of dirty pages; written back during the next clone, they slowed
  # whichever side came next (the same side's figures ranged 0.5-1.4 s). sync writes them first.
  drop_clone() { "${v[@]}" undefine "$1" >/dev/null; rm -f "$VERB_POOL_DIR/$1"*.qcow2; "${v[@]}" pool-refresh "$VERB_POOL" >/dev/null; sync; }
  verb_ms summit clone "$VERB_SOURCE" --to sbc-warm --full -c qemu:///system >/dev/null; drop_clone sbc-warm
  for ((i = 1; i <= runs; i++)); do
    theirs+=("$(verb_ms virt-clone --connect qemu:///system --original "$VERB_SOURCE" --name "sbc-vc-$i" --auto-clone)")
    drop_clone "sbc-vc-$i"
    ours+=("$(verb_ms summit clone "$VERB_SOURCE" --to "sbc-full-$i" --full -c qemu:///system)")
    drop_clone "sbc-full-$i"
  done
  say "summit clone --full: ${ours[*]} ms (wall/CPU); virt-clone: ${theirs[*]} ms; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  clone_clean
  trap 'rm -rf "$scratch"' EXIT
  verb_pair "summit clone --full / virt-clone" "${ours[*]}" "${theirs[*]}" 1.0
}

# Every verb figure: the list verb beside virsh's, then (as root) the migrate and clone ratios.
verb_tables() {
  printf '\n%-44s %8s\n' "verb, launch to exit (median of $runs)" ms
  verb "summit list --connect test:///default" summit list --connect test:///default
  verb "virsh -c test:///default list --all" virsh -c test:///default list --all
  verb_ratio
  if [[ $EUID -eq 0 ]]; then
    printf '\n%-44s %8s %8s %6s\n' "verb as a process, launch to exit (median of $runs)" summit anchor ratio
    verb_migrate
    verb_clone
  else
    say "not root: no migrate and clone ratios (they need the two-host fixture and qemu:///system)"
  fi
}
