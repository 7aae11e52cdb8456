# shellcheck shell=bash
# The java command line for the built tree, shared by ./summit and the benchmark scripts so that what
# is measured is what a user runs. Sourced; the caller sets SUMMIT_ROOT and JAVA_HOME (the JDK that
# builds; the one that runs may be newer, see summit_pick_java).
#
# For a verb (summit list, summit clone …) the JVM's fixed cost is most of the run, so:
#  - the native libraries of sqlite-jdbc and JNA are unpacked once into app/target/native instead of
#    into /tmp on every run (sqlite-jdbc also starts `uname -o` to find which of its copies to unpack);
#  - a class-data sharing archive of the classes a verb loads is written by the first verb after a
#    build and mapped by every later one (CDS wants jars, so the app's jar, not target/classes);
#  - the flags below (SUMMIT_JVM_FLAGS), as for the window.

# The JVM flags of every Summit process, window or verb, as the installed package has them: C1 only
# (a desktop app and short verbs end before C2 pays off; a live console keeps its frame rate), the
# serial collector with a small first heap (the list benchmark's 1000 guests: RSS 226 MB and flat
# instead of 292 → 334 MB with G1's defaults on this 24 GiB machine), and no hsperfdata file.
# shellcheck disable=SC2034  # used by the scripts that source this file
SUMMIT_JVM_FLAGS=(-XX:+UseSerialGC -Xms16m -XX:TieredStopAtLevel=1 -XX:-UsePerfData)
# Added on Java 25 or newer, as the package has them: objects 4 bytes smaller (compact headers);
# JavaFX 21's renderer (Marlin) allocates through sun.misc.Unsafe, which Java 25 warns about.
# shellcheck disable=SC2034
SUMMIT_JVM25_FLAGS=(-XX:+UseCompactObjectHeaders --sun-misc-unsafe-memory-access=allow)

# The java that runs Summit from the tree (SUMMIT_JAVA, its major version SUMMIT_JAVA_MAJOR): the
# newest JDK 25 or later under /usr/lib/jvm when there is one (the package's runtime is 25), else
# the JDK that builds it ($JAVA_HOME, 17 or later). SUMMIT_JAVA_HOME chooses one explicitly.
summit_pick_java() {
  local d major home=${SUMMIT_JAVA_HOME:-} best_major=0
  if [[ -z $home ]]; then
    for d in /usr/lib/jvm/*/; do
      d=${d%/}
      [[ -x $d/bin/java && ! -L $d ]] || continue
      major=$(jdk_major "$d")
      [[ $major =~ ^[0-9]+$ ]] && (( major >= 25 && major > best_major )) && home=$d best_major=$major
    done
  fi
  home=${home:-$JAVA_HOME}
  SUMMIT_JAVA=$home/bin/java
  SUMMIT_JAVA_MAJOR=$(jdk_major "$home")
}

# The flags for SUMMIT_JAVA: SUMMIT_JVM_FLAGS, and on 25 or newer SUMMIT_JVM25_FLAGS.
summit_jvm_flags() {
  SUMMIT_FLAGS=("${SUMMIT_JVM_FLAGS[@]}")
  if [[ $SUMMIT_JAVA_MAJOR =~ ^[0-9]+$ ]] && (( SUMMIT_JAVA_MAJOR >= 25 )); then
    SUMMIT_FLAGS+=("${SUMMIT_JVM25_FLAGS[@]}")
  fi
}

# Fills the array SUMMIT_LAUNCH with java, its options, the classpath and the main class.
# $1: the verb ("" for the window): each verb gets an archive of the classes it loads.
summit_launch_command() {
  local verb=${1//[^a-z-]/} target=$SUMMIT_ROOT/app/target classpath native jar jsa
  [[ $verb == -* ]] && verb=""   # `summit --connect URI` opens the window: an option, not a verb
  classpath=$(<"$target/runtime-classpath.txt")
  native=$target/native
  summit_unpack_natives "$native" "$classpath"
  summit_pick_java
  summit_jvm_flags
  SUMMIT_LAUNCH=("$SUMMIT_JAVA" "${SUMMIT_FLAGS[@]}" "-Dorg.sqlite.lib.path=$native"
    "-Djna.boot.library.path=$native")
  jar=$(find "$target" -maxdepth 1 -name 'summit-app-*.jar' ! -name '*-sources.jar' -newer "$target/classes" -print -quit)
  if [[ -n $verb ]]; then
    if [[ -n $jar ]]; then
      # One archive per verb and JVM: an archive fits only the JVM build that wrote it.
      mkdir -p "$target/cds"
      jsa=$target/cds/$verb-java$SUMMIT_JAVA_MAJOR.jsa
      # A stale archive (jar rebuilt) is ignored by the JVM; the logging flags keep its notice off stdout.
      SUMMIT_LAUNCH+=(-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
      (( SUMMIT_JAVA_MAJOR >= 25 )) && SUMMIT_LAUNCH+=(-Xlog:aot=off)
      if [[ -f $jsa && $jsa -nt $jar ]]; then
        SUMMIT_LAUNCH+=("-XX:SharedArchiveFile=$jsa")
      else
        SUMMIT_LAUNCH+=("-XX:ArchiveClassesAtExit=$jsa")
      fi
    fi
  fi
  if [[ -z $verb ]]; then
    summit_split_javafx "$classpath"
    classpath=$SUMMIT_PLAIN_CLASSPATH
    # JavaFX as modules of the boot layer, as in the package's runtime: on the class path it warns
    # "Unsupported JavaFX configuration" at every start. Verbs never load JavaFX and skip this.
    SUMMIT_LAUNCH+=(--module-path "$SUMMIT_FX_MODULES" --add-modules javafx.controls
      "--add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED")
  fi
  # Java 25 warns at each native library JNA, SQLite and JavaFX load unless told they may.
  if (( SUMMIT_JAVA_MAJOR >= 25 )); then
    if [[ -n $verb ]]; then
      SUMMIT_LAUNCH+=(--enable-native-access=ALL-UNNAMED)
    else
      SUMMIT_LAUNCH+=(--enable-native-access=ALL-UNNAMED,javafx.graphics)
    fi
  fi
  summit_rendering
  SUMMIT_LAUNCH+=("${SUMMIT_RENDERING[@]}")
  SUMMIT_LAUNCH+=(-cp "${jar:-$target/classes}${classpath:+:$classpath}" dev.summit.app.Main)
}

# Without a GPU render node (/dev/dri/renderD*: VMs, servers reached by ssh -X, Xvfb), OpenGL is
# Mesa's software rasterizer, which maps LLVM (about 60 MB of the window's resident memory with a
# 1000-guest host). JavaFX's own software pipeline draws the same window for the same CPU without it,
# and GTK is kept from probing GLX, which loads the same libraries (GDK_GL=disable; JavaFX's OpenGL
# pipeline needs that probe, so never where a GPU is). A prism.order the user gives wins. Sets
# SUMMIT_RENDERING (JVM flags, maybe none) for every Summit JVM with a window, benchmarks' included;
# the package's launcher (installer/src/deb/write-launcher.sh) decides the same way.
summit_rendering() {
  SUMMIT_RENDERING=()
  [[ ${JAVA_TOOL_OPTIONS:-} == *prism.order* || ${SUMMIT_JAVA_OPTS:-} == *prism.order* ]] && return 0
  compgen -G '/dev/dri/renderD*' >/dev/null && return 0
  export GDK_GL=disable
  SUMMIT_RENDERING=(-Dprism.order=sw)
}

# Splits a class path into JavaFX's platform jars (SUMMIT_FX_MODULES, for --module-path) and the
# rest (SUMMIT_PLAIN_CLASSPATH); JavaFX's jars without a platform classifier are empty and dropped.
summit_split_javafx() {
  local entry fx=() plain=() IFS=:
  for entry in $1; do
    case ${entry##*/} in
      javafx-*-linux*.jar) fx+=("$entry") ;;
      javafx-*.jar) ;;
      *) plain+=("$entry") ;;
    esac
  done
  SUMMIT_FX_MODULES="${fx[*]}"
  SUMMIT_PLAIN_CLASSPATH="${plain[*]}"
}

# Copies the two native libraries out of their jars once per jar version.
summit_unpack_natives() {
  local native=$1 classpath=$2 entry
  # .from holds the classpath they came from: another jar version means unpacking again.
  if [[ -f $native/libsqlitejdbc.so && -f $native/libjnidispatch.so && -f $native/.from ]] \
      && [[ $(<"$native/.from") == "$classpath" ]]; then
    return 0
  fi
  mkdir -p "$native"
  local IFS=:
  for entry in $classpath; do
    case $entry in
      */sqlite-jdbc-*.jar) summit_unzip_one "$entry" org/sqlite/native/Linux/x86_64/libsqlitejdbc.so "$native" ;;
      */jna-[0-9]*.jar) summit_unzip_one "$entry" com/sun/jna/linux-x86-64/libjnidispatch.so "$native" ;;
    esac
  done
  printf '%s' "$classpath" >"$native/.from"
}

summit_unzip_one() {
  local jar=$1 path=$2 dir=$3 tmp
  tmp=$(mktemp -d)
  (cd "$tmp" && "$JAVA_HOME/bin/jar" xf "$jar" "$path") && mv -f "$tmp/$path" "$dir/"
  rm -rf "$tmp"
}
