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
