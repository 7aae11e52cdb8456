#!/usr/bin/env bash
# Starts the app image once on a throw-away profile, waits for its window and the demo host's list,
# and records every class loaded meanwhile: training-run.sh IMAGE_DIR CLASSLIST_FILE.
# Under Xvfb when there is no display.
set -euo pipefail
image=$1 list=$2
if [[ -z ${DISPLAY:-} ]]; then
  exec xvfb-run -a -s "-screen 0 1280x900x24" "${BASH_SOURCE[0]}" "$@"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# A fresh profile seeds the demo host (or this machine's qemu:///system), as a first start would.
export HOME=$scratch XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config XDG_CACHE_HOME=$scratch/cache
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" "$image/bin/summit" >"$scratch/log" 2>&1 &
pid=$!
window=""
for ((i = 0; i < 600; i++)); do
  window=$(xdotool search --onlyvisible --name '^Summit$' 2>/dev/null | head -1 || true)
  [[ -n $window ]] && break
  kill -0 "$pid" 2>/dev/null || { cat "$scratch/log" >&2; echo "training-run: Summit exited before its window showed" >&2; exit 1; }
  sleep 0.1
done
[[ -n $window ]] || { kill "$pid"; echo "training-run: no window within 60 s" >&2; exit 1; }
sleep 3   # the host list fills after the first frame; its classes belong in the archive too
# SIGTERM is an orderly JVM exit: the class list is complete and closed.
kill -TERM "$pid"
wait "$pid" || true
[[ -s $list ]] || { echo "training-run: no class list written" >&2; exit 1; }
