#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer harnesses (clang, ASan + UBSan) into BUILD_DIR and runs each one for
# SECONDS, one after the other, starting from the checked-in seeds. Exits non-zero when a
# fuzzer finds a crash, a sanitizer report or a broken property; the reproducer is kept in
# BUILD_DIR/fuzz-artifacts/. Prints one summary line per fuzzer (runs, execs/s, corpus).
#   tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS] [fuzz_name...]
# SECONDS defaults to $FUZZ_SECONDS, else 60 (what CI runs). The long run the hostile-input
# reviews ask for, 10 minutes per fuzzer:
#   FUZZ_SECONDS=600 tests/fuzz/run-fuzzers.sh build-fuzz
# Environment: FUZZ_SECONDS, FUZZ_NICE (default 19), FUZZ_JOBS (build parallelism, default 2),
# FUZZ_PARALLEL (fuzzers running at once, default one per core).
#
# The normal build replays every harness without libFuzzer: replay_<unit> (the harness plus
# ReplayMain.cpp) is a CTest, label fuzz-replay, that feeds the harness each file of
# corpus/<unit>/ (the seeds) and crashes/<unit>/ (reproducers). When a fuzzer finds something,
# fix it and copy BUILD_DIR/fuzz-artifacts/<unit>-crash-* into tests/fuzz/crashes/<unit>/: every
# later build, the ASan one included, then checks it stays fixed. New harnesses
# (tests/fuzz/fuzz_<unit>.cpp) are picked up by glob in both builds.
set -euo pipefail
if [[ $# -lt 1 ]]; then
  echo "usage: $0 BUILD_DIR [SECONDS] [fuzz_name...]   (SECONDS: default \$FUZZ_SECONDS or 60)" >&2
  exit 2
fi
build=$1
shift
seconds=${FUZZ_SECONDS:-60}
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
if ! [[ $seconds =~ ^[0-9]+$ ]] || ((seconds < 1)); then
  echo "$0: SECONDS must be a whole number of seconds, not '$seconds'" >&2
  exit 2
fi
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
nice_level=${FUZZ_NICE:-19}

if [[ ! -f "$build/CMakeCache.txt" ]]; then
  CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSPACETAPE_FUZZ=ON
fi
cmake --build "$build" --parallel "${FUZZ_JOBS:-2}"

if [[ $# -gt 0 ]]; then
  names=("$@")
else
  names=()
  for src in "$source_dir"/tests/fuzz/fuzz_*.cpp; do
    names+=("$(basename "$src" .cpp)")
  done
fi

artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"

# One fuzzer for SECONDS; its verdict and figures go to fuzz-<unit>.result.
run_one() {
  local name=$1 unit=${1#fuzz_}
  local seeds="$source_dir/tests/fuzz/corpus/$unit" corpus="$build/fuzz-corpus/$unit"
  local log="$build/fuzz-$unit.log" result
  mkdir -p "$corpus" "$seeds"
  # New inputs go to the first folder (the build's corpus); the seeds are only read.
  if nice -n "$nice_level" "$build/tests/fuzz/$name" -max_total_time="$seconds" \
      -rss_limit_mb=2048 -timeout=25 -max_len=65536 -print_final_stats=1 \
      -artifact_prefix="$artifacts/$unit-" "$corpus" "$seeds" >"$log" 2>&1; then
    result=ok
  else
    result=FAILED
  fi
  local runs speed files bytes
  runs=$(grep -o 'Done [0-9]* runs' "$log" | tail -1 | awk '{print $2}' || true)
  speed=$(grep -o 'average_exec_per_sec: *[0-9]*' "$log" | tail -1 | awk '{print $2}' || true)
  files=$(find "$corpus" -type f | wc -l)
  bytes=$(du -sb "$corpus" | cut -f1)
  echo "$name: $result, ${seconds}s, ${runs:-?} runs, ${speed:-?} exec/s, corpus $files files / $bytes bytes" \
    >"$build/fuzz-$unit.result"
}

# FUZZ_PARALLEL fuzzers at once (default: one per core), each with its full SECONDS: with
# seventeen harnesses, one after the other would take CI seventeen minutes.
parallel=${FUZZ_PARALLEL:-$(nproc)}
running=0
for name in "${names[@]}"; do
  echo "== $name for ${seconds}s"
  rm -f "$build/fuzz-${name#fuzz_}.result"
  run_one "$name" &
  running=$((running + 1))
  if ((running >= parallel)); then
    wait -n || true
    running=$((running - 1))
  fi
done
wait

status=0
for name in "${names[@]}"; do
  unit=${name#fuzz_}
  line=$(cat "$build/fuzz-$unit.result" 2>/dev/null || echo "$name: FAILED, no result")
  if [[ "$line" != "$name: ok,"* ]]; then
    status=1
    tail -n 40 "$build/fuzz-$unit.log" >&2 || true
  fi
  echo "$line"
done
exit $status
