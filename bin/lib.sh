# Shared by bin/slant and jobs/env.sh: when to build, how, and the JVM options. Sourced, not run.

# slant_needs_build ROOT: true when the jar or the Spark classpath file is missing, or when any
# source, resource or the POM is newer than the jar (e.g. after a pull).
slant_needs_build() {
  local root=$1
  local jar="$root/target/slant.jar"
  [ -f "$jar" ] && [ -f "$root/target/classpath.txt" ] || return 0
  [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]
}

# slant_build_if_needed ROOT: builds target/slant.jar and target/classpath.txt with Maven when
# slant_needs_build says so; exits the calling script with 1 when it cannot.
slant_build_if_needed() {
  local root=$1
  slant_needs_build "$root" || return 0
  command -v mvn >/dev/null || { echo "slant: Maven (mvn) is needed to build; install it and Java 17" >&2; exit 1; }
  echo "slant: building (first run or sources changed)…" >&2
  slant_maven "$root" || { echo "slant: build failed" >&2; exit 1; }
}

# slant_maven ROOT: a quiet, plain-text package build, everything it prints on stderr. Maven 3.8's
# console library writes colour resets (ESC[0m) even in batch mode without colour, so escape
# sequences are removed: a log or a terminal gets only text. Returns Maven's exit status.
slant_maven() {
  (
    set -o pipefail
    cd "$1" && mvn -q -B -Dstyle.color=never -DskipTests package 2>&1 | sed -e 's/\x1b\[[0-9;?]*[A-Za-z]//g' >&2
  )
}

# slant_jvm_options ROOT: the options of ROOT/bin/jvm.properties on one line, space-separated.
slant_jvm_options() {
  local file="$1/bin/jvm.properties"
  [ -r "$file" ] || { echo "slant: $file is missing" >&2; exit 1; }
  sed -e '/^[[:space:]]*#/d' -e 's/^spark\.add-opens=//' -e 's/\\$//' "$file" | tr -s ' \t\n' '   ' | sed -e 's/^ //' -e 's/ $//'
}

# slant_cds ROOT JAVA COMMAND: class-data sharing for bin/slant's JVM. Sets SLANT_CDS_OPTS (an
# array) and SLANT_CDS_DUMP (the file this run should write, or empty).
# Most of a small run's CPU is start-up: loading, parsing and verifying Spark's classes. A dynamic
# CDS archive (JDK 13+) maps them ready-made; it is specific to the JVM binary, the jar and the
# classpath, so its name carries a checksum of all three and a rebuilt jar gets a new one. The
# first successful `analyze` writes it (about 190 MB under target/cds) at exit, to a temporary
# name that is renamed only after the JVM exits with 0, so no run maps a half-written or failed
# run's archive; one run at a time writes (a lock directory holding its shell's pid). The JVM's
# own CDS messages are turned off: with no usable archive it runs without one, silently.
# SLANT_CDS=0, or -Xshare / a CDS archive option in SLANT_JAVA_OPTS, leaves it all out.
slant_cds() {
  local root=$1 java=$2 command=${3:-}
  SLANT_CDS_OPTS=() SLANT_CDS_DUMP=""
  [ "${SLANT_CDS:-1}" != 0 ] || return 0
  case " ${SLANT_JAVA_OPTS:-} " in *" -Xshare"*|*"ArchiveClassesAtExit"*|*"SharedArchiveFile"*) return 0 ;; esac
  local dir="$root/target/cds" jvm key archive lock
  jvm="$(readlink -f "$(command -v "$java")" 2>/dev/null)" || return 0
  key="$( { echo "$jvm"; stat -c '%s %Y' "$jvm" "$root/target/slant.jar"; cat "$root/target/classpath.txt"; } \
    2>/dev/null | cksum | cut -d' ' -f1)"
  archive="$dir/slant-$key.jsa"
  SLANT_CDS_OPTS=(-Xlog:cds=off -Xlog:cds+dynamic=off)
  if [ -f "$archive" ]; then
    SLANT_CDS_OPTS+=(-XX:SharedArchiveFile="$archive")
    return 0
  fi
  # A JVM that ran well but wrote no archive (no CDS support, a full disk) is not asked again.
  [ "$command" = analyze ] && [ ! -f "$archive.failed" ] && mkdir -p "$dir" 2>/dev/null || return 0
  lock="$dir/dump.lock"
  # A lock whose writer is gone (killed before it could clean up) is taken over.
  if [ -d "$lock" ] && ! kill -0 "$(cat "$lock/pid" 2>/dev/null || echo 0)" 2>/dev/null; then
    rm -rf "$lock" "$dir"/*.tmp
  fi
  mkdir "$lock" 2>/dev/null || return 0
  echo $$ >"$lock/pid"
  SLANT_CDS_DUMP="$archive.$$.tmp"
  SLANT_CDS_OPTS+=(-XX:ArchiveClassesAtExit="$SLANT_CDS_DUMP")
}

# slant_cds_finish STATUS: after the run that wrote an archive, keeps it (only when the run
# succeeded), removes older archives of this folder and the lock; a successful run that wrote none
# leaves a .failed mark so that later runs do not try again.
slant_cds_finish() {
  local status=$1 dir
  dir="$(dirname "$SLANT_CDS_DUMP")"
  if [ "$status" = 0 ] && [ -s "$SLANT_CDS_DUMP" ]; then
    find "$dir" -maxdepth 1 \( -name 'slant-*.jsa' -o -name 'slant-*.jsa.failed' \) -delete
    mv -f "$SLANT_CDS_DUMP" "${SLANT_CDS_DUMP%.*.tmp}"
  elif [ "$status" = 0 ]; then
    touch "${SLANT_CDS_DUMP%.*.tmp}.failed"
  fi
  rm -f "$SLANT_CDS_DUMP"
  rm -rf "$dir/dump.lock"
}
