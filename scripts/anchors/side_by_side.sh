#!/bin/bash
# The anchors and `pokerface bench --only "hand strength"` in one session, interleaved, each pinned
# to core 1 and started when the machine is quiet (quiet.py). Only ratios from one run count.
# Usage: scripts/anchors/side_by_side.sh [ROUNDS] [DIR] [POKERFACE]   (DIR as for build.sh)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rounds=${1:-3}; dir=${2:-${TMPDIR:-/tmp}/pokerface-anchors}; pf=${3:-$here/../../.build/release/pokerface}
quiet() { "$here/quiet.py" --max-wait 300 taskset -c 1 "$@"; }
for round in $(seq "$rounds"); do
  echo "=== round $round $(date +%T), load $(cut -d' ' -f1-3 /proc/loadavg)"
  quiet "$dir/ompeval-test" 2>&1 | grep -A1 "Random order evaluation (card\|^Sequential evaluation:" | grep evals
  quiet "$dir/omp_equity" 100
  quiet "$dir/binary_bench" 3
  quiet "$pf" bench --only "hand strength"
done
