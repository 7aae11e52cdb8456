#!/usr/bin/env bash
# Makes the app image's two AOT caches from real runs of its own launcher (bin/summit-launch), so
# the JVM, options and class path are exactly those of the runs the caches serve:
#   train-aot.sh IMAGE_DIR
# summit.aot: the window on the test driver (test:///default) on a throw-away profile, until its
# first frame is drawn; it then closes (an orderly exit, after which the JVM writes the cache:
# JEP 514's -XX:AOTCacheOutput). summit-cli.aot: `summit list`, `info`, `suspend` and `resume` on the
# test driver, in one run.
# Under Xvfb when there is no display.
set -euo pipefail
image=$(cd "$1" && pwd)
if [[ -z ${DISPLAY:-} ]]; then
  exec xvfb-run -a -s "-screen 0 1280x900x24" "${BASH_SOURCE[0]}" "$@"
fi
app=$image/lib/app
launch=$image/bin/summit-launch
say() { printf 'train-aot: %s\n' "$*" >&2; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config XDG_CACHE_HOME=$scratch/cache
export SUMMIT_AOT_TRAINING=1
unset JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS
rm -f "$app/summit.aot" "$app/summit-cli.aot"

# The verbs' cache first: it runs while nothing else does. summit list reads its host without a
# session or libvirt-java, so the same run also runs verbs that open one (VerbTraining); the test
# driver's state lives and dies with the process.
# migrate's run to the same host is refused after its check, which is most of what a move loads.
SUMMIT_AOT_TRAINING_VERBS="info test --connect test:///default;suspend test --connect test:///default;resume test --connect test:///default;migrate test --connect test:///default --to test:///default" \
  "$launch" list --connect test:///default >"$scratch/list.log" 2>&1 \
  || { cat "$scratch/list.log" >&2; say "summit list failed"; exit 1; }

# The window closes by itself once its first frame is drawn (SUMMIT_AOT_TRAINING, GuiLauncher): the
# cache holds the start path only. Every class in it is loaded and linked before main() at every
# start; trained until the host list had filled in, it held ~1,900 more classes (libvirt, JNA, the
# list's updates), all loaded before the window could be built, which after the first frame come
# from their jars instead.
"$launch" --connect test:///default >"$scratch/window.log" 2>&1 &
pid=$!
for ((i = 0; i < 1200; i++)); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if kill -0 "$pid" 2>/dev/null; then
  kill -TERM "$pid"; wait "$pid" || true
  cat "$scratch/window.log" >&2; say "the window did not close by itself within 120 s"; exit 1
fi
wait "$pid" || { cat "$scratch/window.log" >&2; say "the training window failed"; exit 1; }
for cache in summit.aot summit-cli.aot; do
  [[ -s $app/$cache ]] || { cat "$scratch"/*.log >&2; say "no $cache written"; exit 1; }
  chmod 0644 "$app/$cache"
done
say "caches: window $(du -h "$app/summit.aot" | cut -f1), verbs $(du -h "$app/summit-cli.aot" | cut -f1)"
