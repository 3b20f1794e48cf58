# Shared by the jobs/ scripts: locate the project, its jar and a Spark installation.
# Sourced, not run.
SLANT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SLANT_JAR="${SLANT_JAR:-$SLANT_ROOT/target/slant.jar}"

# Spark 4 on Java 17+ reaches into JDK internals; these mirror Spark's JavaModuleOptions.
SLANT_JAVA_MODULE_OPTS="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"

slant_build() {
  if [ ! -f "$SLANT_JAR" ] || [ ! -f "$SLANT_ROOT/target/classpath.txt" ]; then
    (cd "$SLANT_ROOT" && mvn -q -B -DskipTests package) >&2
  fi
}

# A stand-in SPARK_HOME whose jars/ links the Spark classpath Maven resolved, for machines without
# a Spark distribution. A standalone worker launches executors from $SPARK_HOME/jars.
slant_local_spark_home() {
  slant_build
  local home="$SLANT_ROOT/target/spark-home"
  if [ ! -d "$home/jars" ] || [ "$SLANT_ROOT/target/classpath.txt" -nt "$home/jars" ]; then
    rm -rf "$home" && mkdir -p "$home/jars" "$home/conf"
    tr ':' '\n' < "$SLANT_ROOT/target/classpath.txt" | while read -r jar; do
      [ -n "$jar" ] && ln -sf "$jar" "$home/jars/$(basename "$jar")"
    done
    cp "$SLANT_ROOT/bin/log4j2.properties" "$home/conf/log4j2.properties"
  fi
  echo "$home"
}
