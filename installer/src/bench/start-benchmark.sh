#!/usr/bin/env bash
# Start-time benchmark (./run-benchmarks start [--runs N]): launch → first frame of the main window
# (mapped, and a screenshot of it no longer blank) for the installed Summit (/usr/bin/summit, from
# the .deb) and for virt-manager when it is installed, cold (page cache dropped, needs root) and
# warm, median of N (5); RSS of the process tree 2 s after the first frame. Both run on throw-away
# profiles: Summit on its demo host or qemu:///system, virt-manager on test:///default.
set -euo pipefail
runs=5
while (( $# )); do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    *) echo "start-benchmark: unknown argument $1" >&2; exit 2 ;;
  esac
done
say() { printf 'start-benchmark: %s\n' "$*" >&2; }
command -v summit >/dev/null || { say "Summit is not installed: mvn -pl installer -am package -Pinstaller -DskipTests && sudo apt install ./installer/target/summit_*.deb"; exit 1; }
for tool in xdotool import; do command -v $tool >/dev/null || { say "$tool missing (apt-get install xdotool imagemagick)"; exit 1; }; done
if [[ -z ${DISPLAY:-} ]]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "${BASH_SOURCE[0]}" --runs "$runs"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

can_drop=""
if [[ $EUID -eq 0 ]] && { sync && echo 3 >/proc/sys/vm/drop_caches; } 2>/dev/null; then can_drop=1; fi

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# Sum of VmRSS over a process and its descendants, in MB.
tree_rss_mb() {
  local pids=("$1") kb=0 p
  mapfile -t -O 1 pids < <(pgrep -P "$1" 2>/dev/null || true)
  for p in "${pids[@]}"; do
    kb=$(( kb + $(awk '/^VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0) ))
  done
  echo $(( kb / 1024 ))
}

# One launch: prints "ms rss_mb". $1 title regex, rest the command.
measure() {
  local title=$1; shift
  local home=$scratch/home-$RANDOM
  mkdir -p "$home"
  local start window="" ms pid colours mapped
  start=$(now_ms)
  HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache \
    DBUS_SESSION_BUS_ADDRESS=disabled: GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 "$@" >"$home/log" 2>&1 &
  pid=$!
  while (( $(now_ms) - start < 60000 )); do
    window=$(xdotool search --onlyvisible --name "$title" 2>/dev/null | head -1 || true)
    [[ -n $window ]] && break
    sleep 0.01
  done
  [[ -n $window ]] || { say "no window for $1: $(tail -3 "$home/log")"; kill "$pid"; echo "- - -"; return; }
  mapped=$(( $(now_ms) - start ))
  while true; do
    ms=$(( $(now_ms) - start ))   # the time this look starts: a non-blank look dates the frame
    colours=$(import -window "$window" -format '%k' info: 2>/dev/null || echo 0)
    (( colours > 20 )) && break
    (( $(now_ms) - start > 60000 )) && break
  done
  sleep 2
  echo "$ms $(tree_rss_mb "$pid") $mapped"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  sleep 0.5
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR ? a[int((NR+1)/2)] : "-")}'; }

bench() {
  local name=$1 title=$2; shift 2
  local mode ms rss mapped times rsses maps i
  for mode in cold warm; do
    [[ $mode == cold && -z $can_drop ]] && { printf '%-14s %-5s %8s %8s\n' "$name" cold "n/a" "n/a"; continue; }
    times=() rsses=() maps=()
    measure "$title" "$@" >/dev/null   # not counted: the first launch after install or build
    for ((i = 0; i < runs; i++)); do
      [[ $mode == cold ]] && { sync; echo 3 >/proc/sys/vm/drop_caches; }
      # $(…) waits for measure to end, window closed, before the next launch.
      read -r ms rss mapped <<<"$(measure "$title" "$@")"
      times+=("$ms") rsses+=("$rss") maps+=("$mapped")
    done
    say "$name $mode: first frame ${times[*]} ms; window mapped ${maps[*]} ms"
    printf '%-14s %-5s %8s %8s\n' "$name" "$mode" "$(printf '%s\n' "${times[@]}" | median)" \
      "$(printf '%s\n' "${rsses[@]}" | median)"
  done
}

printf '%-14s %-5s %8s %8s   (median of %d; target: Summit ≤ 1500 ms and below virt-manager)\n' \
  app start "ms" "RSS MB" "$runs"
bench summit '^Summit$' summit
if command -v virt-manager >/dev/null; then
  bench virt-manager '^Virtual Machine Manager$' virt-manager --no-fork --connect test:///default
else
  say "virt-manager not installed: apt-get install virt-manager adds the comparison"
fi
