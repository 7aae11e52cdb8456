#!/usr/bin/env bash
# Builds Summit's app image (jpackage, with a jlinked runtime that holds JavaFX) and its .deb.
# Maven runs it in the installer profile:  mvn -pl installer -am package -Pinstaller -DskipTests
#   build-package.sh VERSION JARS_DIR TARGET_DIR
# JARS_DIR holds the app's runtime jars (Maven copies them). Writes TARGET_DIR/app-image/summit and
# TARGET_DIR/summit_VERSION_ARCH.deb. Needs a JDK 25 or newer for jlink/jpackage and the runtime
# (SUMMIT_PACKAGE_JDK, JAVA_HOME or /usr/lib/jvm/*), rsvg-convert (librsvg2-bin), dpkg-deb, and a
# display for the training run that makes the AOT cache: $DISPLAY, or xvfb-run and xdotool.
set -euo pipefail

version=$1 jars=$2 target=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
work=$target/package-work
image=$target/app-image/summit
say() { printf 'build-package: [%3ds] %s\n' "$SECONDS" "$*" >&2; }
die() { say "$*"; exit 1; }

# shellcheck source=package-jdk.sh
. "$here/package-jdk.sh"
jdk=$(package_jdk) || die "no JDK 25 or newer found (looked at SUMMIT_PACKAGE_JDK, JAVA_HOME, /usr/lib/jvm/*): \
the package's runtime is jlinked from it for its AOT cache; install one (e.g. Temurin 25) or set SUMMIT_PACKAGE_JDK"
say "runtime from $jdk"
for tool in rsvg-convert dpkg-deb dpkg xdotool; do
  command -v "$tool" >/dev/null || die "$tool is missing (apt-get install librsvg2-bin dpkg xdotool)"
done
[[ -n ${DISPLAY:-} ]] || command -v xvfb-run >/dev/null || die "no DISPLAY and no xvfb-run (apt-get install xvfb xauth)"

arch=$(dpkg --print-architecture)
case $arch in
  amd64) sqlite_dir=Linux/x86_64 jna_dir=linux-x86-64 multiarch=x86_64-linux-gnu ;;
  arm64) sqlite_dir=Linux/aarch64 jna_dir=linux-aarch64 multiarch=aarch64-linux-gnu ;;
  *) die "no native libraries mapped for $arch" ;;
esac
# Debian orders 0.1.0~SNAPSHOT before 0.1.0, as Maven does.
deb_version=${version/-/\~}

rm -rf "$work" "$target/app-image" "$target"/summit_*.deb
mkdir -p "$work/input/native" "$work/icons"

# JavaFX's platform jars are real modules and go into the runtime; the classifier-less javafx jars
# are empty stand-ins. Everything else is the class path.
fx_modules=()
for jar in "$jars"/*.jar; do
  case ${jar##*/} in
    javafx-*-linux*.jar) fx_modules+=("$jar") ;;
    javafx-*.jar) ;;
    *) cp "$jar" "$work/input/" ;;
  esac
done
(( ${#fx_modules[@]} )) || die "no JavaFX platform jars in $jars"
main_jar=$(cd "$work/input" && ls summit-app-*.jar)
# Java 5 class files (picocli's) cannot go into the AOT cache: rewritten as Java 8 ones first.
"$jdk/bin/java" "$here/RetargetOldClasses.java" "$work/input"/*.jar

# Native libraries unpacked once here, so no start extracts them to /tmp or ~/.cache again.
unzip -q -j -o "$work/input"/sqlite-jdbc-*.jar "org/sqlite/native/$sqlite_dir/libsqlitejdbc.so" -d "$work/input/native"
unzip -q -j -o "$work/input"/jna-[0-9]*.jar "com/sun/jna/$jna_dir/libjnidispatch.so" -d "$work/input/native"

# The runtime: what jdeps reports for the app and its libraries, plus jdk.crypto.ec (SSH and TLS
# key exchange with elliptic curves is looked up by name, so jdeps cannot see it) and
# jdk.unsupported (JNA and SQLite use sun.misc.Unsafe where present). Not compressed: the jimage
# is read at every start and compression costs start time for a few MB.
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.security.jgss,java.sql,java.xml
modules+=,jdk.crypto.ec,jdk.management,jdk.unsupported,javafx.base,javafx.graphics,javafx.controls
module_path=$(IFS=:; echo "${fx_modules[*]}")
say "jlink: $modules"
"$jdk/bin/jlink" --module-path "$module_path" --add-modules "$modules" \
  --exclude-resources='glob:/javafx.graphics/*.so' \
  --strip-debug --no-header-files --no-man-pages --output "$work/runtime"
# JavaFX looks for its natives in the runtime's lib directory before unpacking them from a jar.
for jar in "${fx_modules[@]}"; do unzip -q -j -o "$jar" '*.so' -d "$work/runtime/lib" 2>/dev/null || true; done

"$root/resources/icons/render-png.sh" "$work/icons" 16 24 32 48 64 128 256 512

# The JVM flags (measured on two shared cores; ./run-benchmarks start has the figures):
# -XX:AOTCache: classes loaded, linked and profiled by a training run of this very image (below),
# mapped ready at every start; -Xlog:aot/cds=off keep a refused cache's notice off a verb's stdout
# (the installer test checks that the cache is used).
# -XX:TieredStopAtLevel=1 (C1 only): on two cores the C2 compiler thread competes with the FX
# thread while the window is built. Measured against tiered C2 with the training run's profiles in
# the cache (README, "C2 with profiles in the AOT cache"): C2 cost the window's start a quarter more
# CPU and its RSS 15–25 MB more, for a console that decodes ZRLE 8–33% faster per CPU-second and
# Tight (libjpeg-turbo's work) no faster; a live 1280×800 console at 30 frames/s keeps its frame
# rate on C1.
# SerialGC starts faster than G1 and suits a heap this size; -Xms16m keeps its first young
# generation small, so the idle window's resident memory stays flat; compact object headers
# (JDK 25) make every object 4 bytes smaller. -XX:-UsePerfData: no hsperfdata file to create and
# map at start (jps and jstat will not list Summit). JNA, SQLite and JavaFX load native libraries,
# and JavaFX 21's renderer allocates through sun.misc.Unsafe: allowed, without Java 25's warnings.
# jna.platform.library.path: where Debian keeps libvirt.so.0. Without it JNA asks `ldconfig -p` for
# the library directories, a process started at every run that loads libvirt (a verb's tenth).
java_options=(
  "-XX:AOTCache=\$APPDIR/summit.aot" -Xlog:aot=off -Xlog:cds=off
  -XX:+UseSerialGC -Xms16m -XX:+UseCompactObjectHeaders -XX:-UsePerfData -XX:TieredStopAtLevel=1
  "--add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED" --enable-native-access=ALL-UNNAMED,javafx.graphics
  --sun-misc-unsafe-memory-access=allow
  "-Dorg.sqlite.lib.path=\$APPDIR/native" -Dorg.sqlite.lib.name=libsqlitejdbc.so
  "-Djna.boot.library.path=\$APPDIR/native" -Djna.nounpack=true
  "-Djna.platform.library.path=/usr/lib/$multiarch:/lib/$multiarch:/usr/lib:/lib"
)
say "jpackage app-image"
jpackage_args=(--type app-image --name summit --app-version "${version%%-*}" --vendor "Summit"
  --input "$work/input" --main-jar "$main_jar" --main-class dev.summit.app.Main
  --runtime-image "$work/runtime" --icon "$work/icons/summit-256.png" --dest "$target/app-image")
for option in "${java_options[@]}"; do jpackage_args+=(--java-options "$option"); done
"$jdk/bin/jpackage" "${jpackage_args[@]}"
"$here/write-launcher.sh" "$image" "${java_options[@]}"

# The AOT cache is made here, at build time, rather than by postinst: its training is a real start
# of the window, which needs a display (Xvfb here; none in a package's maintainer script), and JDK
# 25 accepts a cache whose jars and runtime moved together (target/app-image/summit → /opt/summit)
# as long as they are the same files, which the .deb keeps with their times.
say "training run (makes the AOT cache)"
"$here/train-aot.sh" "$image"

# The .deb: the app image under /opt/summit, the launcher on the PATH, menu entry, icons and AppStream data where desktops look for them.
deb=$work/deb
mkdir -p "$deb/opt" "$deb/usr/bin" "$deb/usr/share/applications" "$deb/usr/share/metainfo" \
  "$deb/usr/share/doc/summit" "$deb/usr/share/icons/hicolor/scalable/apps" "$deb/DEBIAN"
cp -a "$image" "$deb/opt/summit"
ln -s /opt/summit/bin/summit-launch "$deb/usr/bin/summit"
install -m 0644 "$root/resources/dev.summit.Summit.desktop" "$deb/usr/share/applications/"
install -m 0644 "$root/resources/dev.summit.Summit.metainfo.xml" "$deb/usr/share/metainfo/"
install -m 0644 "$root/resources/icons/summit.svg" "$deb/usr/share/icons/hicolor/scalable/apps/dev.summit.Summit.svg"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$deb/usr/share/icons/hicolor/${size}x${size}/apps"
  install -m 0644 "$work/icons/summit-$size.png" "$deb/usr/share/icons/hicolor/${size}x${size}/apps/dev.summit.Summit.png"
done
"$here/copyright.sh" "$root/app/target/classes/dev/summit/app/about/shipped.properties" \
  >"$deb/usr/share/doc/summit/copyright"
# Menus and icon caches refresh through the dpkg triggers of desktop-file-utils and
# hicolor-icon-theme, so the maintainer scripts do not run those tools themselves.
cat >"$deb/DEBIAN/control" <<CONTROL
Package: summit
Version: $deb_version
Architecture: $arch
Maintainer: The Summit developers <summit@localhost>
Installed-Size: $(du -sk --exclude=DEBIAN "$deb" | cut -f1)
Depends: $(cat "$here/depends" | grep -v '^#' | paste -sd, - | sed 's/,/, /g')
Recommends: fonts-dejavu-core | fonts-liberation2, libvirt-clients
Suggests: libvirt-daemon-system, qemu-system-x86
Section: admin
Priority: optional
Description: manager for KVM and Xen virtual machines on libvirt hosts
 Summit lists the guests of local and remote libvirt hosts live and starts,
 stops, pauses, saves, restores and deletes them; a guest's screen opens in a
 console window. Every action is also available as "summit VERB" on the
 command line. Ships its own Java runtime with JavaFX.
CONTROL
out=$target/summit_${deb_version}_$arch.deb
dpkg-deb --root-owner-group -Zzstd -z9 --build "$deb" "$out" >/dev/null
say "built $out ($(du -h "$out" | cut -f1))"
