#!/usr/bin/env bash
# Writes the command that starts Summit from the app image, IMAGE/bin/summit-launch:
#   write-launcher.sh IMAGE_DIR JAVA_OPTION…
# (options as jpackage's --java-options, $APPDIR standing for IMAGE/lib/app).
# /usr/bin/summit points at it rather than at jpackage's native launcher, which asks the package
# manager which package owns it (rpm -qf, dpkg -S, dpkg -L: about half a second) at every start.
# A plain script that execs the runtime's java costs about a millisecond, and picks the AOT cache
# that fits the run: the window's (summit.aot) or the verbs' (summit-cli.aot).
set -euo pipefail
image=$1; shift
app=$image/lib/app
launcher=$image/bin/summit-launch
main=$(sed -n 's/^app\.mainclass=//p' "$app/summit.cfg")
classpath=$(sed -n 's|^app\.classpath=\$APPDIR/|$app/|p' "$app/summit.cfg" | paste -sd: -)
options=""
for option; do
  case $option in -XX:AOTCache=*) continue ;; esac
  options+=" \"${option//\$APPDIR/\$app}\""
done
cat >"$launcher" <<SCRIPT
#!/bin/sh
# Starts Summit with the app image's runtime: no arguments or only window options open the window,
# anything else is a verb. Written by write-launcher.sh at package build.
# The image's folder without forking readlink and dirname (with ls below, about 5 % of a verb's CPU):
# the package's link on the PATH points into /opt/summit, and a launcher run by its own path (an app
# image under test) sits in IMAGE/bin. Anything else resolves its links.
app=
case \$0 in
  /usr/bin/summit) [ -x /opt/summit/bin/summit-launch ] && app=/opt/summit/lib/app ;;
  */bin/summit-launch) [ -L "\$0" ] || app=\${0%/*}/../lib/app ;;
esac
[ -n "\$app" ] || app=\$(dirname "\$(readlink -f "\$0")")/../lib/app
# A verb is over in a fraction of a second: compiling what it runs a few hundred times costs more
# CPU than interpreting it (C1 was a quarter of \`summit list\`), so a verb compiles only what runs
# twenty times as often; a long verb's hot loops (a clone's copy) still get compiled.
jit=-XX:CompileThresholdScaling=1
case \${1-} in
  "" | --connect | --connect=* | --stats-interval | --stats-interval=*) cache=summit.aot ;;
  *) cache=summit-cli.aot jit=-XX:CompileThresholdScaling=20 ;;
esac
# The package build's training runs (train-aot.sh) write the cache instead of reading it.
aot=-XX:AOTCache
[ -n "\${SUMMIT_AOT_TRAINING-}" ] && aot=-XX:AOTCacheOutput
# No GPU render node: OpenGL would be Mesa's software rasterizer and its LLVM (about 60 MB resident);
# JavaFX's software pipeline draws the window without them, and GTK must not probe GLX either
# (JavaFX's OpenGL pipeline needs that probe, so only here). A prism.order the user gives wins.
# (The plain case still passes a word: sh has no arrays, and an empty "" would be an argument.)
rendering=-Dsummit.gpu=yes
gpu=
for node in /dev/dri/renderD*; do [ -e "\$node" ] && gpu=yes; done
if [ -z "\$gpu" ]; then
  case \${JAVA_TOOL_OPTIONS-} in
    *prism.order*) ;;
    *) export GDK_GL=disable; rendering=-Dprism.order=sw ;;
  esac
fi
exec "\$app/../runtime/bin/java"$options "\$rendering" "\$jit" "\$aot=\$app/\$cache" \\
  -cp "$classpath" $main "\$@"
SCRIPT
chmod 0755 "$launcher"
