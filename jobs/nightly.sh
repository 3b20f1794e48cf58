#!/usr/bin/env bash
# Nightly slant run over one day's window (default: yesterday in --timezone), for cron or systemd.
#   jobs/nightly.sh --input PATH --output DIR [--date YYYY-MM-DD] [--days N] [--timezone ZONE]
#                   [--submit] [-- more analyze options]
# - Re-analyses the window [date-N+1, date] and replaces exactly those date partitions, so late
#   articles for recent days are picked up by a later night (use --days 3 for a 3-day look-back).
# - Holds a lock (DIR/.nightly.lock) so two runs never overlap; a second run exits 5 at once, the
#   code analyze itself uses for an output locked by another run (see analyze --help).
# - A night without articles is a success (exit 0): that day's partitions are emptied.
# - Appends everything to DIR/logs/nightly-DATE.log; the exit code is analyze's (0, 2, 3, 4, 5 or 1).
# - --submit runs through jobs/submit.sh (a cluster; spark-submit options in SLANT_SUBMIT_ARGS),
#   otherwise bin/slant in local mode (SLANT_MASTER honoured).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
input="" output="" date="" days=1 zone="UTC" submit=0 extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --input) input="$2"; shift 2 ;;
    --output) output="$2"; shift 2 ;;
    --date) date="$2"; shift 2 ;;
    --days) days="$2"; shift 2 ;;
    --timezone) zone="$2"; shift 2 ;;
    --submit) submit=1; shift ;;
    --) shift; extra=("$@"); break ;;
    *) echo "nightly: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$input" ] && [ -n "$output" ] || { echo "usage: jobs/nightly.sh --input PATH --output DIR [--date YYYY-MM-DD] [--days N]" >&2; exit 2; }
[[ "$days" =~ ^[1-9][0-9]*$ ]] || { echo "nightly: --days must be a positive integer" >&2; exit 2; }
if [ -z "$date" ]; then
  date=$(TZ="$zone" date -d yesterday +%F)
fi
from=$(date -d "$date -$((days - 1)) days" +%F) || { echo "nightly: --date $date is not a date" >&2; exit 2; }

mkdir -p "$output/logs"
log="$output/logs/nightly-$date.log"
exec 9>"$output/.nightly.lock"
if ! flock -n 9; then
  echo "nightly: another run holds $output/.nightly.lock; not starting" | tee -a "$log" >&2
  exit 5
fi

args=(analyze --input "$input" --output "$output" --from "$from" --to "$date" --timezone "$zone" "${extra[@]}")
{
  echo "== $(date -u +%FT%TZ) nightly window $from..$date: ${args[*]}"
} >>"$log"
set +e
if [ "$submit" = 1 ]; then
  # shellcheck disable=SC2086
  "$here/jobs/submit.sh" ${SLANT_SUBMIT_ARGS:-} -- "${args[@]}" >>"$log" 2>&1
else
  "$here/bin/slant" "${args[@]}" >>"$log" 2>&1
fi
rc=$?
set -e
echo "== $(date -u +%FT%TZ) exit $rc" >>"$log"
[ $rc -eq 0 ] || echo "nightly: analyze failed with exit $rc; see $log" >&2
exit $rc
