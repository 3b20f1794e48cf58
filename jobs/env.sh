# Shared by the jobs/ scripts: locate the project, its jar and a Spark installation.
# Sourced, not run.
SLANT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SLANT_JAR="${SLANT_JAR:-$SLANT_ROOT/target/slant.jar}"

# shellcheck source=../bin/lib.sh
source "$SLANT_ROOT/bin/lib.sh"
# Spark 4 on Java 17+ reaches into JDK internals: the options of bin/jvm.properties.
SLANT_JAVA_MODULE_OPTS="$(slant_jvm_options "$SLANT_ROOT")"

# Builds the jar and Spark's classpath file when missing or older than the sources, as bin/slant does.
# A jar of one's own (SLANT_JAR) is used as given; only the classpath file is then built when missing.
slant_build() {
  if [ "$SLANT_JAR" = "$SLANT_ROOT/target/slant.jar" ]; then
    slant_build_if_needed "$SLANT_ROOT"
  elif [ ! -f "$SLANT_ROOT/target/classpath.txt" ]; then
    slant_maven "$SLANT_ROOT"
  fi
}

# A stand-in SPARK_HOME whose jars/ links the Spark classpath Maven resolved, for machines without
# a Spark distribution. A standalone worker launches executors from $SPARK_HOME/jars.
slant_local_spark_home() {
  slant_build
  local home="$SLANT_ROOT/target/spark-home"
  if [ ! -d "$home/jars" ] || [ "$SLANT_ROOT/target/classpath.txt" -nt "$home/jars" ]; then
    rm -rf "$home" && mkdir -p "$home/jars" "$home/conf"
    # "|| [ -n ... ]": the last entry has no newline after it, and read would drop it.
    tr ':' '\n' < "$SLANT_ROOT/target/classpath.txt" | while read -r jar || [ -n "$jar" ]; do
      [ -n "$jar" ] && ln -sf "$jar" "$home/jars/$(basename "$jar")"
    done
    cp "$SLANT_ROOT/bin/log4j2.properties" "$home/conf/log4j2.properties"
  fi
  echo "$home"
}
