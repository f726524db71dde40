#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Live recording benchmark (design.md "Figures": ≤ 4 s median, ≤ 8 s max behind the live edge;
# < 1 % of a core). spacetape-cli records a live Space served by spacetape-fake-server in real
# time (one ~3-s chunk every 3 s, LATENCY_MS added to every request), with the default live
# rhythm (no SPACETAPE_LIVE_TIMING).
#
#   tests/bench/live_bench.sh [BUILD_DIR] [SECONDS] [LATENCY_MS] [JOIN_AFTER_SECONDS] [PERIOD_S]
#   defaults: build 300 50 15 3.1
#
# PERIOD_S is how often a chunk goes on air. With exactly 3 s (the poll interval) the lag is a
# constant set by the phase at which the recording joined; the default 3.1 s drifts that phase
# through every value once per 30 chunks, so median and max cover the whole range.
#
# Lag of a chunk = when its file was complete in the cache (mtime of the renamed file) − when
# the fake server put it on air (listed in the dynamic playlist). Only chunks that went on air
# after the recording had caught up (join + 10 s) count; the backlog is fetched at once.
# CPU = user+sys of the CLI process (/proc/PID/stat) while it follows the live edge, scaled to
# one hour; the whole run (backlog, finishing, mux) is printed too.
set -euo pipefail
build=$(realpath "${1:-build}")
seconds=${2:-300}
latency=${3:-50}
join_after=${4:-15}
period=${5:-3.1}
cli="$build/app/spacetape-cli"
server="$build/tests/spacetape-fake-server"
space_id=1BdxYbLiveBch
work=$(mktemp -d /tmp/spacetape-live-bench.XXXXXX)
server_pid="" cli_pid=""
cleanup() {
  # Only the processes this script started, by their id.
  for pid in $server_pid $cli_pid; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work/home" XDG_CACHE_HOME="$work/home/cache" XDG_CONFIG_HOME="$work/home/config" \
  XDG_DATA_HOME="$work/home/data" XDG_STATE_HOME="$work/home/state"
mkdir -p "$HOME"
unset SPACETAPE_LIVE_TIMING

echo "# making $seconds s of chunks in $work" >&2
"$build/tests/bench/bench_makechunks" "$work" "$seconds" 0 >/dev/null
pcm_md5() { ffmpeg -v error -i "$1" -map 0:a:0 -c:a pcm_f32le -f md5 - 2>/dev/null | sed 's/MD5=//'; }
reference_md5=$(pcm_md5 "$work/reference.aac")

"$server" --dir "$work/cdn" --latency-ms "$latency" --live-space "$space_id=Live bench" \
  --chunk-seconds "$period" >"$work/server.out" &
server_pid=$!
for _ in $(seq 100); do
  base=$(head -n1 "$work/server.out" 2>/dev/null || true)
  [[ -n "$base" ]] && break
  sleep 0.05
done
sleep "$join_after"

ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo ""; }
join_ms=$(date +%s%3N)
"$cli" --api-origin "$base" -o "$work/out" "$space_id" >"$work/cli.out" 2>"$work/cli.err" &
cli_pid=$!
# The Space ends about `seconds` × period / 3 after the server started.
steady_from_s=$((join_after + 10))
steady_to_s=$(echo "$seconds * $period / 3 - 5" | bc -l | cut -d. -f1)
cpu_from="" cpu_to="" t_from="" t_to="" last_cpu=""
: >"$work/chunks.seen"
while kill -0 "$cli_pid" 2>/dev/null; do
  elapsed_s=$(($(date +%s) - join_ms / 1000 + join_after))
  now_cpu=$(cpu_ticks "$cli_pid")
  [[ -n "$now_cpu" ]] && last_cpu=$now_cpu
  if [[ -z "$cpu_from" && $elapsed_s -ge $steady_from_s && -n "$now_cpu" ]]; then
    cpu_from=$now_cpu t_from=$(date +%s%3N)
  fi
  if [[ -z "$cpu_to" && $elapsed_s -ge $steady_to_s && -n "$now_cpu" ]]; then
    cpu_to=$now_cpu t_to=$(date +%s%3N)
  fi
  find "$XDG_CACHE_HOME" -name '*.chunk' -printf '%f %T@\n' 2>/dev/null >>"$work/chunks.seen" || true
  sleep 1
done
wait "$cli_pid" && cli_status=0 || cli_status=$?
cli_pid=""
kill -TERM "$server_pid"
wait "$server_pid" || true
server_pid=

# seq → on-disk epoch ms (first sighting of the file name; its mtime is when it was complete).
awk '{ name=$1; sub(/\.chunk$/, "", name); seq=name+0; if (!(seq in t)) t[seq]=$2*1000 }
     END { for (s in t) printf "%d %.0f\n", s, t[s] }' "$work/chunks.seen" | sort -k1,1 >"$work/ondisk"
grep '^listed ' "$work/server.out" | awk '{print $2, $3}' | sort -k1,1 >"$work/listed"
join "$work/listed" "$work/ondisk" |
  awk -v from=$((join_ms + 10000)) '$2 >= from { print ($3 - $2) / 1000 }' | sort -g >"$work/lags"
count=$(wc -l <"$work/lags")
median=$(awk '{a[NR]=$1} END { if (NR) print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2) }' "$work/lags")
max=$(tail -n1 "$work/lags")
file=$(ls "$work"/out/*.m4a 2>/dev/null | head -n1 || true)
verdict="no output"
if [[ -n "$file" ]]; then
  if [[ "$(pcm_md5 "$file")" == "$reference_md5" ]]; then verdict="yes"; else verdict="NO"; fi
fi
steady_cpu=$(echo "($cpu_to - $cpu_from) / $ticks" | bc -l)
steady_wall=$(echo "($t_to - $t_from) / 1000" | bc -l)
printf 'live Space: %d s of audio in ~3-s chunks, one on air every %s s, %d ms added per request, joined %d s after the start\n' \
  "$seconds" "$period" "$latency" "$join_after"
printf 'cli exit status: %s; output decodes to the reference PCM: %s\n' "$cli_status" "$verdict"
printf 'lag behind the live edge (%d chunks): median %.2f s, max %.2f s (targets ≤ 4, ≤ 8)\n' \
  "$count" "$median" "$max"
printf 'CPU while following the live edge: %.2f s over %.0f s = %.3f %% of a core = %.1f s per hour (target < 36)\n' \
  "$steady_cpu" "$steady_wall" "$(echo "100 * $steady_cpu / $steady_wall" | bc -l)" \
  "$(echo "3600 * $steady_cpu / $steady_wall" | bc -l)"
printf 'CPU of the whole run (catch-up, live, finishing, mux; last sample): %.2f s\n' \
  "$(echo "$last_cpu / $ticks" | bc -l)"
# A benchmark that only prints would let a broken recording pass a script: fail on a wrong or
# missing file, and on the figures the design holds (lag ≤ 4 s median, ≤ 8 s max).
if [[ "$verdict" != "yes" || "$cli_status" != 0 ]]; then
  echo "live_bench: FAILED: the recording does not decode to the reference PCM ($verdict, exit $cli_status)" >&2
  exit 1
fi
if [[ -z "$median" ]] || (( $(echo "$median > 4 || $max > 8" | bc -l) )); then
  echo "live_bench: FAILED: lag behind the live edge over its targets (median ${median:-?} s, max ${max:-?} s)" >&2
  exit 1
fi
