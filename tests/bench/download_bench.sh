#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Download benchmark: spacetape-cli against the tools people use today, on one
# local fake CDN that adds latency to every request (design.md "Figures"), over
# plain HTTP/1.1 and over HTTPS with HTTP/2 and HTTP/1.1 (the real CDN is HTTPS
# and offers HTTP/2, facts §8).
#
#   tests/bench/download_bench.sh [BUILD_DIR] [SECONDS] [LATENCY_MS]
#   defaults: build 1800 (600 chunks of ~36 KB) 50
#   BENCH_ONLY=REGEX limits the run to matching row names.
#   BENCH_TLS=1 (default) plain rows then HTTPS rows; 0: plain only; only: HTTPS only.
#   BENCH_ROUNDS=N runs each row N times (default 3): median wall, spread, every exit code.
#   STRAY_PERCENT=N puts a stray partial TS packet before the ID3 tag of N % of the chunks.
#
# Servers: plain rows use spacetape-fake-server (Qt, HTTP/1.1). HTTPS rows use
# tests/fake/tls_cdn.mjs (Node.js; same folder, latency and counters) with a
# throw-away CA made by tests/fake/make_test_certs.sh, trusted only by the tools
# run here: spacetape-cli through SPACETAPE_TEST_CA_FILE, ffmpeg -ca_file,
# aria2c --ca-certificate; yt-dlp has no CA option and runs with
# --no-check-certificates. "https h2" rows: the server offers h2 and http/1.1 by
# ALPN, as the real CDN does (spacetape-cli's default behaviour is that row);
# "https h1" rows: the server offers http/1.1 only.
#
# The round-trip floor of a row at concurrency J, for C chunks and latency L:
#   floor(J) = ceil(C / J) * L + P * L, P = 1 playlist round trip (a media playlist)
# i.e. every chunk request waits L and no more than J run at once; fetching,
# muxing and process start are free. "x floor" is wall / floor(J).
#
# Needs: ffmpeg, yt-dlp, aria2c, /usr/bin/time, node, openssl
# (SPACETAPE_WITH_PEERS=1 packaging/install-deps.sh installs them). Prints
# Markdown tables: every exit code, median wall time (min-max), chunks/s, the
# most requests the server saw in flight, peak RSS, and whether the output
# decodes to the reference PCM (md5 of ffmpeg's f32 decode); aria2c muxes
# nothing, so its check is that it fetched every chunk of the playlist, byte for
# byte.
set -euo pipefail
here=$(dirname "$(realpath "$0")")
build=$(realpath "${1:-build}")
seconds=${2:-1800}
latency=${3:-50}
rounds=${BENCH_ROUNDS:-3}
tls=${BENCH_TLS:-1}
cli="$build/app/spacetape-cli"
plain_server="$build/tests/spacetape-fake-server"
tls_server="$here/../fake/tls_cdn.mjs"
work=$(mktemp -d /tmp/spacetape-bench.XXXXXX)
trap 'kill "${server_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

echo "# making $seconds s of chunks in $work" >&2
playlist_name=$("$build/tests/bench/bench_makechunks" "$work" "$seconds" "${STRAY_PERCENT:-0}")
grep '^chunk_' "$work/cdn/$playlist_name" >"$work/names"
chunks=$(wc -l <"$work/names")
chunk_bytes=$(cd "$work/cdn" && cat $(cat "$work/names") | wc -c)
pcm_md5() { ffmpeg -v error -i "$1" -map 0:a:0 -c:a pcm_f32le -f md5 - 2>/dev/null | sed 's/MD5=//'; }
reference_md5=$(pcm_md5 "$work/reference.aac")
[[ -n "$reference_md5" ]] || { echo "no reference md5" >&2; exit 1; }
if [[ "$tls" != 0 ]]; then
  "$here/../fake/make_test_certs.sh" "$work/tls"
  ca="$work/tls/ca.pem"
fi

# floor_ms J: the round-trip floor at concurrency J, in milliseconds.
floor_ms() { echo $(((chunks + $1 - 1) / $1 * latency + latency)); }

mode=plain  # plain | h2 | h1: which server start_server starts
start_server() {
  rm -f "$work/server.out"
  case "$mode" in
    plain) "$plain_server" --dir "$work/cdn" --prefix /cdn/ --latency-ms "$latency" >"$work/server.out" & ;;
    h2) node "$tls_server" --dir "$work/cdn" --prefix /cdn/ --latency-ms "$latency" \
      --cert "$work/tls/server.pem" --key "$work/tls/server.key" --alpn h2,http/1.1 \
      --log "$work/requests.log" >"$work/server.out" & ;;
    h1) node "$tls_server" --dir "$work/cdn" --prefix /cdn/ --latency-ms "$latency" \
      --cert "$work/tls/server.pem" --key "$work/tls/server.key" --alpn http/1.1 \
      --log "$work/requests.log" >"$work/server.out" & ;;
  esac
  server_pid=$!
  base=
  for _ in $(seq 200); do
    base=$(head -n1 "$work/server.out" 2>/dev/null || true)
    [[ -n "$base" ]] && break
    sleep 0.05
  done
  [[ -n "$base" ]] || { echo "the $mode server did not start" >&2; exit 1; }
  url="$base/cdn/$playlist_name"
}
stop_server() {
  kill -TERM "$server_pid"
  wait "$server_pid" || true
  max_in_flight=$(grep -o 'max_in_flight=[0-9]*' "$work/server.out" | cut -d= -f2)
  requests=$(grep -o 'requests=[0-9]*' "$work/server.out" | cut -d= -f2)
}

# fetched_check DIR: aria2c's check: every chunk of the playlist there, byte-identical.
fetched_check() {
  local got=0 same=0 bytes=0 name
  while read -r name; do
    [[ -f "$1/$name" ]] || continue
    got=$((got + 1))
    bytes=$((bytes + $(stat -c %s "$1/$name")))
    cmp -s "$1/$name" "$work/cdn/$name" && same=$((same + 1))
  done <"$work/names"
  local verdict="fetch only: $got/$chunks chunks, $bytes/$chunk_bytes bytes"
  if ((got == chunks && same == chunks && bytes == chunk_bytes)); then
    echo "$verdict, all identical"
  else
    echo "$verdict, $same identical — INCOMPLETE"
  fi
}

header() {
  printf '\n### %s\n\n' "$1"
  printf '| tool | exit codes | wall s, median (min-max) | x floor | chunks/s | max in flight | requests | peak RSS MB | output check |\n'
  printf '|---|---|---|---|---|---|---|---|---|\n'
}
floor_row() {  # J
  local ms
  ms=$(floor_ms "$1")
  printf '| round-trip floor -j %s: ceil(%s/%s) x %s ms + 1 playlist x %s ms | - | %.2f | 1.00 | %.0f | %s | %s | - | - |\n' \
    "$1" "$chunks" "$1" "$latency" "$latency" "$(echo "$ms / 1000" | bc -l)" \
    "$(echo "$chunks * 1000 / $ms" | bc -l)" "$1" "$((chunks + 1))"
}

# run NAME J OUT COMMAND...: J is the concurrency for "x floor" ("-" for none); OUT the
# output glob in $work/out, "aria" for a fetch-only run into $work/out/aria.
run() {
  local name=$1 j=$2 out=$3
  shift 3
  [[ -n "${BENCH_ONLY:-}" && ! "$name" =~ $BENCH_ONLY ]] && return 0
  local walls=() codes=() lines=() round
  for round in $(seq "$rounds"); do
    rm -rf "$work/out" "$XDG_CACHE_HOME" "$work/requests.log"
    mkdir -p "$work/out"
    start_server
    local cmd=("${@//@URL@/$url}")
    local code=0
    /usr/bin/time -f '%e %M' -o "$work/time" "${cmd[@]}" >"$work/tool.log" 2>&1 || code=$?
    stop_server
    # GNU time puts "Command exited with non-zero status N" first when the tool failed.
    local wall rss_kb
    read -r wall rss_kb < <(tail -n1 "$work/time")
    local verdict="no output" file
    if [[ "$out" == aria ]]; then
      verdict=$(fetched_check "$work/out/aria")
    else
      file=$(ls "$work"/out/$out 2>/dev/null | head -n1 || true)
      if [[ -n "$file" ]]; then
        if [[ "$(pcm_md5 "$file")" == "$reference_md5" ]]; then verdict="yes"; else verdict="NO"; fi
      fi
    fi
    if [[ -f "$work/requests.log" ]]; then
      verdict+=" ($(awk '{print "HTTP/" $1}' "$work/requests.log" | sort | uniq -c | awk '{printf "%s%s x%s", sep, $2, $1; sep=", "}'))"
    fi
    walls+=("$wall")
    codes+=("$code")
    lines+=("$wall|$max_in_flight|$requests|$rss_kb|$verdict")
  done
  # The median round (by wall time) gives the row; min-max is the spread.
  local sorted median min max
  sorted=$(printf '%s\n' "${lines[@]}" | sort -t'|' -k1,1n)
  median=$(echo "$sorted" | sed -n "$(((rounds + 1) / 2))p")
  min=$(echo "$sorted" | head -n1 | cut -d'|' -f1)
  max=$(echo "$sorted" | tail -n1 | cut -d'|' -f1)
  local wall inflight reqs rss verdict ratio=-
  IFS='|' read -r wall inflight reqs rss verdict <<<"$median"
  [[ "$j" != - ]] && ratio=$(printf '%.2f' "$(echo "$wall * 1000 / $(floor_ms "$j")" | bc -l)")
  local exits
  exits=$(IFS=,; echo "${codes[*]}")
  printf '| %s | %s | %.2f (%.2f-%.2f) | %s | %.0f | %s | %s | %.0f | %s |\n' "$name" "$exits" \
    "$wall" "$min" "$max" "$ratio" "$(echo "$chunks / $wall" | bc -l)" "$inflight" "$reqs" \
    "$(echo "$rss / 1024" | bc -l)" "$verdict"
}
export XDG_CACHE_HOME="$work/cache"

# aria2c fetches the same chunk URLs and muxes nothing: the pure-fetch floor.
# Its defaults are slow on loopback (file pre-allocation, periodic saves), so it
# runs twice: as packaged, and with those turned off.
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
aria_tuned=(--file-allocation=none --auto-save-interval=0 --summary-interval=0 --async-dns=false)

if [[ "$tls" != only ]]; then
  mode=plain
  header "HTTP/1.1, plain (spacetape-fake-server)"
  for j in 1 6 16 32 64; do
    run "spacetape-cli -j $j" "$j" '*.m4a' "$cli" -j "$j" -o "$work/out" @URL@
  done
  run "ffmpeg -c copy" - 'out.m4a' ffmpeg -v error -y -i @URL@ -c copy "$work/out/out.m4a"
  run "yt-dlp -N 8" - 'out.*' yt-dlp -q --no-part -N 8 -o "$work/out/out.%(ext)s" @URL@
  run "aria2c -j 32 (fetch only, defaults)" 32 aria "$work/aria.sh" @URL@ "$work/names" "$work/out/aria"
  run "aria2c -j 32 (fetch only, tuned)" 32 aria "$work/aria.sh" @URL@ "$work/names" "$work/out/aria" \
    "${aria_tuned[@]}"
  floor_row 16
  floor_row 32
fi

if [[ "$tls" != 0 ]]; then
  export SPACETAPE_TEST_CA_FILE="$ca"
  header "HTTPS (tests/fake/tls_cdn.mjs; h2 = server offers h2 and http/1.1, h1 = http/1.1 only)"
  for j in 16 32; do
    mode=h2
    run "https h2: spacetape-cli -j $j" "$j" '*.m4a' "$cli" -j "$j" -o "$work/out" @URL@
    mode=h1
    run "https h1: spacetape-cli -j $j" "$j" '*.m4a' "$cli" -j "$j" -o "$work/out" @URL@
  done
  mode=h2
  run "https h2: ffmpeg -c copy" - 'out.m4a' ffmpeg -v error -y -ca_file "$ca" -tls_verify 1 \
    -i @URL@ -c copy "$work/out/out.m4a"
  run "https h2: yt-dlp -N 8 (--no-check-certificates)" - 'out.*' yt-dlp -q --no-part \
    --no-check-certificates -N 8 -o "$work/out/out.%(ext)s" @URL@
  run "https h2: aria2c -j 32 (fetch only, tuned)" 32 aria "$work/aria.sh" @URL@ "$work/names" \
    "$work/out/aria" --ca-certificate="$ca" "${aria_tuned[@]}"
  floor_row 16
  floor_row 32
fi
echo "chunks=$chunks latency_ms=$latency rounds=$rounds" >&2
