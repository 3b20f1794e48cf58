#!/usr/bin/env bash
# spark-submit wrapper for slant.
#   jobs/submit.sh [spark-submit options...] -- SLANT_COMMAND [slant options...]
# e.g. jobs/submit.sh --master spark://host:7077 --executor-memory 4g -- analyze --input ... --output ...
# Uses $SPARK_HOME/bin/spark-submit when SPARK_HOME is set; otherwise runs Spark's SparkSubmit class
# from the project's own Spark jars (client mode).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
slant_build

submit_opts=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do submit_opts+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
[ $# -gt 0 ] || { echo "usage: jobs/submit.sh [spark-submit options] -- COMMAND [options]" >&2; exit 2; }

if [ -n "${SPARK_HOME:-}" ] && [ -x "$SPARK_HOME/bin/spark-submit" ]; then
  exec "$SPARK_HOME/bin/spark-submit" --class org.slant.cli.Main "${submit_opts[@]}" "$SLANT_JAR" "$@"
fi
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
# shellcheck disable=SC2086
exec java ${SLANT_DRIVER_OPTS:--Xmx2g} $SLANT_JAVA_MODULE_OPTS \
  -Dlog4j2.configurationFile="$SLANT_ROOT/bin/log4j2.properties" \
  -cp "$(cat "$SLANT_ROOT/target/classpath.txt")" org.apache.spark.deploy.SparkSubmit \
  --class org.slant.cli.Main "${submit_opts[@]}" "$SLANT_JAR" "$@"
