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

# slant_cds ROOT COMMAND JVM...: class-data sharing for bin/slant's JVM; sets SLANT_CDS_OPTS (an array).
# JVM... is the java command line up to the main class.
# Most of a small run's CPU is start-up: loading, parsing and verifying Spark's classes. A dynamic
# CDS archive (JDK 13+) maps them ready-made; it is specific to the JVM binary, the jar and the
# classpath, so its name carries a checksum of all three and a rebuilt jar gets a new one. When an
# `analyze` finds none, it first writes one (about 190 MB under target/cds, a minute, once per build)
# with a run on the bundled sample, in the foreground, so that the user's own run is still the
# launcher's process (exec'd: a kill reaches the JVM) and its outcome never depends on the archive.
# The archive is renamed into place only after that run succeeded; a lock directory holding the
# writer's pid keeps to one writer; a run that fails to write one (no CDS, a full disk) leaves a
# .failed mark so that later runs do not try again; less than 1 GB free skips it. The JVM's own CDS
# messages are off: with no usable archive it runs without one, silently. SLANT_CDS=0, or -Xshare or
# an archive option in SLANT_JAVA_OPTS, leaves it all out.
slant_cds() {
  local root=$1 command=$2; shift 2
  SLANT_CDS_OPTS=()
  [ "${SLANT_CDS:-1}" != 0 ] || return 0
  case " ${SLANT_JAVA_OPTS:-} " in *" -Xshare"*|*"ArchiveClassesAtExit"*|*"SharedArchiveFile"*) return 0 ;; esac
  local dir="$root/target/cds" quiet=(-Xlog:cds=off -Xlog:cds+dynamic=off) jvm key archive
  jvm="$(readlink -f "$(command -v "$1")" 2>/dev/null)" || return 0
  key="$( { echo "$jvm"; stat -c '%s %Y' "$jvm" "$root/target/slant.jar"; cat "$root/target/classpath.txt"; } \
    2>/dev/null | cksum | cut -d' ' -f1)"
  archive="$dir/slant-$key.jsa"
  SLANT_CDS_OPTS=("${quiet[@]}")
  if [ ! -f "$archive" ] && [ "$command" = analyze ] && [ ! -f "$archive.failed" ] && [ -d "$root/datasets/sample" ] \
    && mkdir -p "$dir" 2>/dev/null && [ "$(df -Pk "$dir" 2>/dev/null | awk 'NR == 2 { print $4 }')" -gt 1048576 ] 2>/dev/null; then
    slant_cds_write "$root" "$archive" "$@" "${quiet[@]}"
  fi
  if [ -f "$archive" ]; then
    SLANT_CDS_OPTS+=(-XX:SharedArchiveFile="$archive")
  fi
}

# slant_cds_write ROOT ARCHIVE JVM...: writes ARCHIVE by a run of JVM... on the bundled sample, unless
# another launcher is writing it.
slant_cds_write() {
  local root=$1 archive=$2; shift 2
  local dir lock pid tmp out
  dir="$(dirname "$archive")" lock="$dir/dump.lock"
  # A lock whose writer is gone (killed, or a lock left with no pid for ten minutes) is taken over.
  if [ -d "$lock" ]; then
    pid="$(cat "$lock/pid" 2>/dev/null || true)"
    if { [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; } || { [ -z "$pid" ] && [ -n "$(find "$lock" -maxdepth 0 -mmin +10)" ]; }; then
      rm -rf "$lock" "$dir"/*.tmp "$dir"/sample.*
    fi
  fi
  mkdir "$lock" 2>/dev/null || return 0
  echo $$ >"$lock/pid" 2>/dev/null || return 0
  tmp="$archive.$$.tmp" out="$dir/sample.$$"
  echo "slant: writing a class-data archive for faster start-up (once per build, about a minute)…" >&2
  if "$@" -XX:ArchiveClassesAtExit="$tmp" org.slant.cli.Main analyze --quiet --input "$root/datasets/sample" \
    --output "$out" >/dev/null 2>&1 && [ -s "$tmp" ]; then
    find "$dir" -maxdepth 1 \( -name 'slant-*.jsa' -o -name 'slant-*.jsa.failed' \) -delete || true
    mv -f "$tmp" "$archive" || true
  else
    touch "$archive.failed" || true
  fi
  rm -rf "$tmp" "$out" "$lock" || true
}
