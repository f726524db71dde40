#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Download benchmark: spacetape-cli against the tools people use today, on one
# local fake CDN that adds latency to every request (design.md "Figures").
#
#   tests/bench/download_bench.sh [BUILD_DIR] [SECONDS] [LATENCY_MS]
#   defaults: build 1800 (600 chunks of ~36 KB) 50
#   BENCH_ONLY=REGEX limits the run to matching tool names.
#   STRAY_PERCENT=N puts a stray partial TS packet before the ID3 tag of N % of the chunks.
#
# Needs: ffmpeg, yt-dlp, aria2c, /usr/bin/time (SPACETAPE_WITH_PEERS=1
# packaging/install-deps.sh installs them). Prints a Markdown table: wall time,
# chunks/s, the most requests the server saw in flight, peak RSS, and whether
# the output decodes to the reference PCM (md5 of ffmpeg's f32 decode).
set -euo pipefail
build=$(realpath "${1:-build}")
seconds=${2:-1800}
latency=${3:-50}
cli="$build/app/spacetape-cli"
server="$build/tests/spacetape-fake-server"
work=$(mktemp -d /tmp/spacetape-bench.XXXXXX)
trap 'kill "${server_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

echo "# making $seconds s of chunks in $work" >&2
playlist_name=$("$build/tests/bench/bench_makechunks" "$work" "$seconds" "${STRAY_PERCENT:-0}")
chunks=$(grep -c '^chunk_' "$work/cdn/$playlist_name")
pcm_md5() { ffmpeg -v error -i "$1" -map 0:a:0 -c:a pcm_f32le -f md5 - 2>/dev/null | sed 's/MD5=//'; }
reference_md5=$(pcm_md5 "$work/reference.aac")

start_server() {
  "$server" --dir "$work/cdn" --prefix /cdn/ --latency-ms "$latency" >"$work/server.out" &
  server_pid=$!
  for _ in $(seq 100); do
    base=$(head -n1 "$work/server.out" 2>/dev/null || true)
    [[ -n "$base" ]] && break
    sleep 0.05
  done
  url="$base/cdn/$playlist_name"
}
stop_server() {
  kill -TERM "$server_pid"
  wait "$server_pid" || true
  max_in_flight=$(grep -o 'max_in_flight=[0-9]*' "$work/server.out" | cut -d= -f2)
  requests=$(grep -o 'requests=[0-9]*' "$work/server.out" | cut -d= -f2)
}

printf '| tool | wall s | chunks/s | max in flight | requests | peak RSS MB | output decodes to reference PCM |\n'
printf '|---|---|---|---|---|---|---|\n'
run() {  # name, output file, command...
  local name=$1 out=$2
  shift 2
  # BENCH_ONLY=REGEX runs only the matching tools.
  [[ -n "${BENCH_ONLY:-}" && ! "$name" =~ $BENCH_ONLY ]] && return 0
  rm -rf "$work/out" "$XDG_CACHE_HOME"
  mkdir -p "$work/out"
  start_server
  local cmd=("${@//@URL@/$url}")
  /usr/bin/time -f '%e %M' -o "$work/time" "${cmd[@]}" >"$work/tool.log" 2>&1 || true
  stop_server
  # GNU time puts "Command exited with non-zero status N" first when the tool failed.
  read -r wall rss_kb < <(tail -n1 "$work/time")
  local verdict="no output"
  local file
  file=$(ls "$work"/out/$out 2>/dev/null | head -n1 || true)
  if [[ -n "$file" ]]; then
    if [[ "$(pcm_md5 "$file")" == "$reference_md5" ]]; then verdict="yes"; else verdict="NO"; fi
  fi
  [[ "$out" == "-" ]] && verdict="n/a (fetch only)"
  printf '| %s | %.2f | %.0f | %s | %s | %.0f | %s |\n' "$name" "$wall" \
    "$(echo "$chunks / $wall" | bc -l)" "$max_in_flight" "$requests" "$(echo "$rss_kb / 1024" | bc -l)" "$verdict"
}
export XDG_CACHE_HOME="$work/cache"

for j in 1 6 16 32 64; do
  run "spacetape-cli -j $j" '*.m4a' "$cli" -j "$j" -o "$work/out" @URL@
done
run "ffmpeg -c copy" 'out.m4a' ffmpeg -v error -y -i @URL@ -c copy "$work/out/out.m4a"
run "yt-dlp -N 8" 'out.*' yt-dlp -q --no-part -N 8 -o "$work/out/out.%(ext)s" @URL@
# aria2c fetches the same chunk URLs and muxes nothing: the pure-fetch floor.
# Its defaults are slow on loopback (file pre-allocation, periodic saves), so it
# runs twice: as packaged, and with those turned off.
grep '^chunk_' "$work/cdn/$playlist_name" >"$work/names"
cat >"$work/aria.sh" <<'ARIA'
#!/usr/bin/env bash
# aria.sh PLAYLIST_URL NAMES OUT_DIR [aria2c options...]
base=${1%/*}
urls=$(mktemp)
sed "s#^#$base/#" "$2" >"$urls"
out=$3
shift 3
aria2c -q -j 32 -d "$out" -i "$urls" "$@"
ARIA
chmod +x "$work/aria.sh"
run "aria2c -j 32 (fetch only, defaults)" '-' "$work/aria.sh" @URL@ "$work/names" "$work/out/aria"
run "aria2c -j 32 (fetch only, tuned)" '-' "$work/aria.sh" @URL@ "$work/names" "$work/out/aria" \
  --file-allocation=none --auto-save-interval=0 --summary-interval=0 --async-dns=false
echo "chunks=$chunks latency_ms=$latency" >&2
