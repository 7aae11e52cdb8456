# shellcheck shell=bash
# Measuring for start-benchmark.sh (sourced): one launch of a window, medians, the verbs' timings.
# Needs $scratch, $runs and a display.

can_drop=""
if [[ $EUID -eq 0 ]] && { sync && echo 3 >/proc/sys/vm/drop_caches; } 2>/dev/null; then can_drop=1; fi
declare -A MAPPED FRAME CPU VERB

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR ? a[int((NR+1)/2)] : "-")}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a + 0 > 0 && b + 0 > 0) printf "%.2f", a / b; else print "-"}'; }

# Sum of VmRSS over a process and its children, in MB.
tree_rss_mb() {
  local pids=("$1") kb=0 p
  mapfile -t -O 1 pids < <(pgrep -P "$1" 2>/dev/null || true)
  for p in "${pids[@]}"; do
    kb=$(( kb + $(awk '/^VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0) ))
  done
  echo $(( kb / 1024 ))
}

# Runs a command on a throw-away profile in the background; sets $pid and $home.
launch() {
  home=$scratch/home-$RANDOM$RANDOM
  mkdir -p "$home"
  HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache \
    DBUS_SESSION_BUS_ADDRESS=disabled: GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 "$@" >"$home/log" 2>&1 &
  pid=$!
}

# Waits up to 60 s for a visible window whose title matches $1; prints its id.
await_window() {
  local title=$1 start=$2 window=""
  while (( $(now_ms) - start < 60000 )); do
    window=$(xdotool search --onlyvisible --name "$title" 2>/dev/null | head -1 || true)
    [[ -n $window ]] && { echo "$window"; return 0; }
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.01
  done
  return 1
}

# A training run for an AOT cache: start, window, a second for what follows the first frame, SIGTERM.
train_window() {
  local title=$1; shift
  launch "$@"
  await_window "$title" "$(now_ms)" >/dev/null || { tail -5 "$home/log" >&2; return 1; }
  sleep 1
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
}

# CPU time (user + system) a process has used so far, in ms: on a machine others load, the wall
# clock says as much about them as about the process.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat" 2>/dev/null || echo 0; }

# One launch: prints "mapped_ms frame_ms rss_mb cpu_ms" (CPU time when the window mapped). $1 title
# regex, rest the command.
measure() {
  local title=$1; shift
  local start window ms mapped colours cpu
  start=$(now_ms)
  launch "$@"
  if ! window=$(await_window "$title" "$start"); then
    say "no window for $1: $(tail -3 "$home/log")"; kill "$pid" 2>/dev/null; echo "- - - -"; return
  fi
  mapped=$(( $(now_ms) - start ))
  cpu=$(cpu_ms "$pid")
  while true; do
    ms=$(( $(now_ms) - start ))   # the time this look starts: a non-blank look dates the frame
    colours=$(import -window "$window" -format '%k' info: 2>/dev/null || echo 0)
    (( colours > 20 )) && break
    (( $(now_ms) - start > 60000 )) && break
  done
  sleep 2
  echo "$mapped $ms $(tree_rss_mb "$pid") $cpu"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  sleep 0.5
}

# bench NAME TITLE COMMAND…: cold and warm medians of $runs launches, one table row each.
bench() {
  local name=$1 title=$2; shift 2
  local mode mapped ms rss cpu maps frames rsses cpus i
  for mode in cold warm; do
    if [[ $mode == cold && -z $can_drop ]]; then
      printf '%-16s %-5s %9s %9s %7s %9s\n' "$name" cold n/a n/a n/a n/a; continue
    fi
    maps=() frames=() rsses=() cpus=()
    [[ $mode == warm ]] && measure "$title" "$@" >/dev/null   # not counted: fills the page cache
    for ((i = 0; i < runs; i++)); do
      [[ $mode == cold ]] && { sync; echo 3 >/proc/sys/vm/drop_caches; }
      read -r mapped ms rss cpu <<<"$(measure "$title" "$@")"
      maps+=("$mapped") frames+=("$ms") rsses+=("$rss") cpus+=("$cpu")
    done
    say "$name $mode: mapped ${maps[*]} ms; first frame ${frames[*]} ms; CPU at mapping ${cpus[*]} ms"
    CPU[$name $mode]=$(printf '%s\n' "${cpus[@]}" | median)
    MAPPED[$name $mode]=$(printf '%s\n' "${maps[@]}" | median)
    FRAME[$name $mode]=$(printf '%s\n' "${frames[@]}" | median)
    printf '%-16s %-5s %9s %9s %7s %9s\n' "$name" "$mode" "${MAPPED[$name $mode]}" "${FRAME[$name $mode]}" \
      "$(printf '%s\n' "${rsses[@]}" | median)" "${CPU[$name $mode]}"
  done
}

# The targets: Summit's window mapped ≤ 1.25× virt-manager's, ≤ 1.15× the minimal window's.
ratios() {
  local mode
  for mode in cold warm; do
    [[ -n ${MAPPED[summit $mode]:-} ]] || continue
    printf '%-16s %-5s mapped %s× virt-manager (target ≤ 1.25), %s× minimal JavaFX (target ≤ 1.15); first frame %s×, %s×\n' \
      ratio "$mode" "$(ratio "${MAPPED[summit $mode]}" "${MAPPED[virt-manager $mode]:-}")" \
      "$(ratio "${MAPPED[summit $mode]}" "${MAPPED[minimal-javafx $mode]:-}")" \
      "$(ratio "${FRAME[summit $mode]}" "${FRAME[virt-manager $mode]:-}")" \
      "$(ratio "${FRAME[summit $mode]}" "${FRAME[minimal-javafx $mode]:-}")"
    printf '%-16s %-5s CPU at mapping %s× virt-manager, %s× minimal JavaFX\n' ratio "$mode" \
      "$(ratio "${CPU[summit $mode]}" "${CPU[virt-manager $mode]:-}")" \
      "$(ratio "${CPU[summit $mode]}" "${CPU[minimal-javafx $mode]:-}")"
  done
}

# verb LABEL COMMAND…: median of $runs runs, launch to exit, after one uncounted run.
verb() {
  local label=$1; shift
  local times=() i s
  launch "$@"; wait "$pid" || true
  for ((i = 0; i < runs; i++)); do
    s=$(date +%s%N)
    launch "$@"
    wait "$pid" || say "failed: $*: $(tail -1 "$home/log")"
    times+=($(( ($(date +%s%N) - s) / 1000000 )))
  done
  say "$label: ${times[*]} ms"
  VERB[$label]=$(printf '%s\n' "${times[@]}" | median)
  printf '%-44s %8s\n' "$label" "${VERB[$label]}"
}

verb_ratio() {
  local labels=("${!VERB[@]}") summit_ms="" virsh_ms="" l
  for l in "${labels[@]}"; do
    case $l in summit*) summit_ms=${VERB[$l]} ;; virsh*) virsh_ms=${VERB[$l]} ;; esac
  done
  printf '%-44s %8s   (target: summit list ≤ 300 ms)\n' "ratio summit / virsh" "$(ratio "$summit_ms" "$virsh_ms")"
}

# `summit list --connect test:///default` from an app image: prints "wall_ms cpu_ms" (user + system).
list_cpu() {
  launch /usr/bin/time -f '%e %U %S' -o "$scratch/list-time" "$1/bin/summit-launch" list --connect test:///default
  wait "$pid" || say "failed: $1 list: $(tail -1 "$home/log")"
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$scratch/list-time"
}

# The median of the numbers in a space-separated list (a failed run's "-" left out).
words_median() { tr ' ' '\n' <<<"$1" | grep -E '^[0-9]+$' | median; }

# compare_images IMAGE…: app images built with other JVM flags (and their own AOT caches), side by
# side: each round runs every image's window (warm) and its `summit list` in turn, so a load that comes
# and goes falls on each alike; one uncounted round first, then $runs. One row of medians per image.
compare_images() {
  local image i mapped ms rss cpu wall list
  local -A maps frames rsses cpus walls lists
  for ((i = 0; i <= runs; i++)); do
    for image; do
      read -r mapped ms rss cpu <<<"$(measure '^Summit$' "$image/bin/summit-launch" --connect test:///default)"
      read -r wall list <<<"$(list_cpu "$image")"
      (( i == 0 )) && continue
      maps[$image]+="$mapped " frames[$image]+="$ms " rsses[$image]+="$rss " cpus[$image]+="$cpu "
      walls[$image]+="$wall " lists[$image]+="$list "
      say "${image##*/} round $i: mapped $mapped ms, CPU at mapping $cpu ms; list $wall ms, $list CPU-ms"
    done
  done
  printf '%-24s %9s %9s %7s %9s %9s %9s   (median of %d, ms; machine load %s)\n' image mapped "1st frame" \
    "RSS MB" "CPU ms" "list ms" "list CPU" "$runs" "$(cut -d' ' -f1-3 /proc/loadavg)"
  for image; do
    printf '%-24s %9s %9s %7s %9s %9s %9s\n' "${image##*/}" "$(words_median "${maps[$image]}")" \
      "$(words_median "${frames[$image]}")" "$(words_median "${rsses[$image]}")" \
      "$(words_median "${cpus[$image]}")" "$(words_median "${walls[$image]}")" \
      "$(words_median "${lists[$image]}")"
  done
}
