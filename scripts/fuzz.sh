#!/usr/bin/env bash
# make fuzz: every harness of pokerface-fuzz for FUZZ_RUNS inputs (default 1,000,000), FUZZ_JOBS at
# once (default 2), FUZZ_TIMEOUT seconds per input before it counts as a hang (default 5). A crash or
# a hang leaves its input in Fuzz/findings/<harness>-crash|-hang and fails the target. See docs/fuzzing.md.
set -u
BIN=${BIN:-.build/release/pokerface-fuzz}
RUNS=${FUZZ_RUNS:-1000000}
JOBS=${FUZZ_JOBS:-2}
TIMEOUT=${FUZZ_TIMEOUT:-5}
SEED=${FUZZ_SEED:-1}
LOGS=$(mktemp -d)
start=$(date +%s)
"$BIN" --list | cut -f1 | xargs -P "$JOBS" -I{} sh -c \
  "'$BIN' {} --runs $RUNS --seed $SEED --timeout $TIMEOUT > '$LOGS/{}.out' 2>&1; echo \$? > '$LOGS/{}.rc'"
failed=0
for name in $("$BIN" --list | cut -f1); do
  rc=$(cat "$LOGS/$name.rc" 2>/dev/null || echo 1)
  if [ "$rc" = 0 ]; then
    tail -n 1 "$LOGS/$name.out"
  else
    failed=1
    kind=crash; [ "$rc" = 3 ] && kind=hang
    echo "$name: FAILED ($kind, exit $rc) — input kept in Fuzz/findings/$name-$kind"
    grep -m 3 -E "Fatal error|HANG|error" "$LOGS/$name.out" | sed 's/^/  /'
  fi
done
echo "make fuzz: $RUNS inputs per harness, $(( $(date +%s) - start )) s wall time"
rm -rf "$LOGS"
exit $failed
