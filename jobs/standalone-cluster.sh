#!/usr/bin/env bash
# A Spark standalone master and worker on 127.0.0.1 from the project's Spark jars.
#   jobs/standalone-cluster.sh start|stop|status
# Env: SLANT_CLUSTER_DIR (pid files and logs; default target/cluster), SLANT_MASTER_PORT (7177),
#      SLANT_WORKER_CORES (2), SLANT_WORKER_MEMORY (2g).
# Processes are tracked by PID file and stopped by PID. Prints the master URL on start.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
dir="${SLANT_CLUSTER_DIR:-$SLANT_ROOT/target/cluster}"
port="${SLANT_MASTER_PORT:-7177}"
url="spark://127.0.0.1:$port"

alive() { [ -f "$dir/$1.pid" ] && kill -0 "$(cat "$dir/$1.pid")" 2>/dev/null; }

wait_for_log() {  # file pattern seconds
  local i
  for ((i = 0; i < $3 * 2; i++)); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 0.5
  done
  return 1
}

start_daemon() {  # name class args...
  local name=$1 cls=$2; shift 2
  SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_WORKER_DIR="$dir/work" \
    nohup java -Xmx512m $SLANT_JAVA_MODULE_OPTS -Dlog4j2.configurationFile="$SLANT_ROOT/bin/log4j2-daemon.properties" \
    -cp "$spark_home/conf:$spark_home/jars/*" "$cls" "$@" >"$dir/$name.log" 2>&1 &
  echo $! >"$dir/$name.pid"
}

case "${1:-}" in
  start)
    mkdir -p "$dir"
    if alive master; then echo "$url"; exit 0; fi
    spark_home="$(slant_local_spark_home)"
    start_daemon master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port 0
    wait_for_log "$dir/master.log" "I have been elected leader" 60 || { echo "master did not start; see $dir/master.log" >&2; "$0" stop; exit 1; }
    start_daemon worker org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --webui-port 0 \
      --cores "${SLANT_WORKER_CORES:-2}" --memory "${SLANT_WORKER_MEMORY:-2g}" --work-dir "$dir/work" "$url"
    wait_for_log "$dir/worker.log" "Successfully registered with master" 60 || { echo "worker did not register; see $dir/worker.log" >&2; "$0" stop; exit 1; }
    echo "$url"
    ;;
  stop)
    for name in worker master; do
      if alive "$name"; then
        pid=$(cat "$dir/$name.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
        kill -9 "$pid" 2>/dev/null || true
      fi
      rm -f "$dir/$name.pid"
    done
    ;;
  status)
    rc=0
    for name in master worker; do
      if alive "$name"; then echo "$name running (pid $(cat "$dir/$name.pid"))"; else echo "$name stopped"; rc=3; fi
    done
    exit $rc
    ;;
  *) echo "usage: jobs/standalone-cluster.sh start|stop|status" >&2; exit 2 ;;
esac
