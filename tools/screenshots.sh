#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Takes the README screenshots under Xvfb with the real app:
#   tools/screenshots.sh BUILD_DIR [OUT_DIR]      (OUT_DIR defaults to docs/)
# writes screenshot-main-light.png, screenshot-main-dark.png, screenshot-main-de.png,
# screenshot-main-ja.png, screenshot-preview.png (the player
# previewing a Space from 25:20), screenshot-live-queue.png (a live, a scheduled and finished
# Spaces), screenshot-settings.png, screenshot-account.png and screenshot-watched-hosts.png. The app
# does the grabbing itself (SPACETAPE_SCREENSHOT=FILE, see app/Screenshot.cpp); this script gives
# it a clean home, a display, a keychain and a busy queue: earlier entries from
# tools/screenshot-queue.json (done, failed, paused) plus three Spaces downloading for real from
# the local fake X server and CDN (spacetape-fake-server).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build_dir=$(realpath "${1:?usage: tools/screenshots.sh BUILD_DIR [OUT_DIR]}")
out_dir=$(realpath -m "${2:-$repo/docs}")
app="$build_dir/app/spacetape"
[[ -x "$app" ]] || { echo "screenshots.sh: $app is missing: build the 'spacetape' target" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is missing (apt install xvfb)" >&2; exit 1; }

# A private session bus with an unlocked, empty keyring, so the account dialog shows the
# normal "not logged in" state rather than "no keychain" (and never the user's own login).
if [[ -z "${SPACETAPE_SCREENSHOT_SESSION:-}" ]] && command -v dbus-run-session >/dev/null &&
   command -v gnome-keyring-daemon >/dev/null; then
  export SPACETAPE_SCREENSHOT_SESSION=1
  exec dbus-run-session -- "$0" "$build_dir" "$out_dir"
fi

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
  XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
if [[ -n "${SPACETAPE_SCREENSHOT_SESSION:-}" ]]; then
  eval "$(printf 'spacetape-screenshots\n' | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL 2>/dev/null || true
fi
export SPACETAPE_KEYCHAIN_SERVICE=spacetape-screenshots
# The look of a plain desktop: no platform theme plugin, Qt's own style.
unset QT_QPA_PLATFORMTHEME QT_STYLE_OVERRIDE
export QT_QPA_PLATFORM=xcb QT_LOGGING_RULES="qt.qpa.*=false"
mkdir -p "$out_dir"

# The busy part of the queue: three one-hour Spaces on the fake X server, slow enough
# (latency per request, few chunks in flight) that the picture catches them mid-way.
# Encoding an hour of audio takes a few minutes, so the chunks are kept in the build folder.
fixture="$build_dir/screenshot-space"
if ! compgen -G "$fixture/cdn/*.m3u8" >/dev/null; then
  echo "screenshots.sh: making an hour of test audio in $fixture (once)"
  "$build_dir/tests/bench/bench_makechunks" "$fixture" 3600 0 >/dev/null
fi
"$build_dir/tests/spacetape-fake-server" --dir "$fixture/cdn" --prefix \
  /Transcoding/v1/hls/t0k3n/non_transcode/us-east-1/periscope-replay-direct-prod-us-east-1-public/audio-space/ \
  --latency-ms 120 \
  --space "1vOxwjkPDdbKB=Shipping a Qt 6 app on three desktops" \
  --space "1yNxaNvaMXjGj=Accessibility office hours" \
  --space "1rmxPkwLqvZKN=Founders' Friday: audio startups" >"$home/server.out" &
server_pid=$!
trap 'kill $server_pid 2>/dev/null; rm -rf "$home"' EXIT
for _ in $(seq 100); do [[ -s "$home/server.out" ]] && break; sleep 0.1; done
api_origin=$(head -n1 "$home/server.out")
[[ "$api_origin" == http://127.0.0.1:* ]] || { echo "screenshots.sh: the fake server did not start" >&2; exit 1; }
live_links=(https://x.com/i/spaces/1vOxwjkPDdbKB https://x.com/i/spaces/1yNxaNvaMXjGj
            https://x.com/i/spaces/1rmxPkwLqvZKN)

# The failed entry's message in tools/screenshot-queue.json (core/x/SpaceMetadata.cpp) and its
# translations (resources/translations/spacetape_{de,ja}.ts).
declare -A failed_detail=(
  [en]="This Space has ended, but the host did not keep a replay, so X has no recording to download."
  [de]="Dieser Space ist beendet, aber der Host hat keine Aufzeichnung behalten, daher hat X keine Aufnahme zum Herunterladen."
  [ja]="このスペースは終了しましたが、ホストが録音を残さなかったため、X にはダウンロードできる録音がありません。"
)

# shot NAME [ENV=VALUE...] [-- LINKS...]: one app run, one picture.
shot() {
  local name=$1
  shift
  local envs=() links=()
  while (($#)); do
    if [[ $1 == -- ]]; then shift; links=("$@"); break; fi
    envs+=("$1")
    shift
  done
  local queue_dir="$XDG_DATA_HOME/Spacetape/Spacetape"
  rm -rf "$XDG_DATA_HOME/Spacetape" "$XDG_CONFIG_HOME/Spacetape" "$XDG_CACHE_HOME/Spacetape"
  # A tidy output folder in the settings picture instead of this run's temporary home.
  mkdir -p "$XDG_CONFIG_HOME/Spacetape"
  printf '[download]\noutputDir=/home/you/Music/Spacetape\nchunksInFlight=3\n' \
    >"$XDG_CONFIG_HOME/Spacetape/Spacetape.conf"
  if [[ -n "${SPACETAPE_BEFORE_SHOT:-}" ]]; then "$SPACETAPE_BEFORE_SHOT"; fi
  if ((${#links[@]})); then
    mkdir -p "$queue_dir"
    cp "$repo/tools/screenshot-queue.json" "$queue_dir/queue.json"
    # A failure's message is saved in the language the app spoke when it failed: the German
    # and Japanese pictures get the words those users would have seen.
    local env_var
    for env_var in "${envs[@]}"; do
      if [[ $env_var == LANGUAGE=* && -n "${failed_detail[${env_var#LANGUAGE=}]:-}" ]]; then
        sed -i "s|${failed_detail[en]}|${failed_detail[${env_var#LANGUAGE=}]}|" "$queue_dir/queue.json"
      fi
    done
  fi
  env "${envs[@]}" SPACETAPE_SCREENSHOT="$out_dir/$name" SPACETAPE_API_ORIGIN="$api_origin" \
    timeout 120 xvfb-run -a -s "-screen 0 1400x900x24 -dpi 96" "$app" "${links[@]}"
  echo "wrote $out_dir/$name"
}

busy=(SPACETAPE_SCREENSHOT_DELAY_MS=9000 SPACETAPE_SCREENSHOT_SELECT=4)
shot screenshot-main-light.png "${busy[@]}" -- "${live_links[@]}"
shot screenshot-main-dark.png SPACETAPE_DARK=1 "${busy[@]}" -- "${live_links[@]}"
# The same busy window in German and Japanese (the translations follow LANG/LANGUAGE).
shot screenshot-main-de.png LANG=de_DE.UTF-8 LANGUAGE=de "${busy[@]}" -- "${live_links[@]}"
shot screenshot-main-ja.png LANG=ja_JP.UTF-8 LANGUAGE=ja "${busy[@]}" -- "${live_links[@]}"
shot screenshot-preview.png SPACETAPE_SCREENSHOT_DELAY_MS=6000 SPACETAPE_SCREENSHOT_SELECT=5 \
  SPACETAPE_SCREENSHOT_PREVIEW=1520 -- "${live_links[@]}"
# Live and scheduled: a second fake X with a Space on air (one chunk every 3 s, real time,
# joined 40 chunks after its start) and one scheduled for later today, beside the finished
# entries of the saved queue.
"$build_dir/tests/spacetape-fake-server" --dir "$fixture/cdn" --prefix /unused/ --latency-ms 50 \
  --live-space "1nAKEYLmjMPJL=Night shift: building in public, live" --starts-in -120 \
  --scheduled-space "1mrGmkjPZYgGy=Release party: Spacetape 0.2@7860" >"$home/live.out" &
live_pid=$!
trap 'kill $server_pid $live_pid 2>/dev/null; rm -rf "$home"' EXIT
for _ in $(seq 100); do [[ -s "$home/live.out" ]] && break; sleep 0.1; done
live_origin=$(head -n1 "$home/live.out")
api_origin_main=$api_origin
api_origin=$live_origin
shot screenshot-live-queue.png SPACETAPE_SCREENSHOT_DELAY_MS=8000 SPACETAPE_SCREENSHOT_SELECT=4 \
  -- https://x.com/i/spaces/1nAKEYLmjMPJL https://x.com/i/spaces/1mrGmkjPZYgGy
api_origin=$api_origin_main
kill $live_pid 2>/dev/null || true

# The watched hosts window, with a few hosts as they look after a while (no login here, so
# the window also shows what watching needs).
watched() {
  local dir="$XDG_DATA_HOME/Spacetape/Spacetape"
  mkdir -p "$dir"
  local now; now=$(date -u +%s)
  iso() { date -u -d "@$(( now - $1 ))" +%Y-%m-%dT%H:%M:%S.000Z; }
  cat >"$dir/watched-hosts.json" <<JSON
{"version": 1, "hosts": [
 {"handle": "gracehopper", "userId": "1001", "enabled": true, "userIdResolvedAt": "$(iso 86400)",
  "lastChecked": "$(iso 40)", "lastFoundAt": "$(iso 7200)", "lastSpaceId": "1LyxBgkXXMpKN",
  "lastSpaceTitle": "Native apps in 2026: what users still want"},
 {"handle": "adahost", "userId": "1002", "enabled": true, "userIdResolvedAt": "$(iso 86400)",
  "lastChecked": "$(iso 40)", "lastFoundAt": "", "lastSpaceId": "", "lastSpaceTitle": ""},
 {"handle": "maejemison", "userId": "1003", "enabled": true, "userIdResolvedAt": "$(iso 86400)",
  "lastChecked": "$(iso 40)", "lastFoundAt": "$(iso 172800)", "lastSpaceId": "1mrGmkjPZYgGy",
  "lastSpaceTitle": "Release party: Spacetape 0.1"},
 {"handle": "linusode", "userId": "1004", "enabled": false, "userIdResolvedAt": "$(iso 86400)",
  "lastChecked": "$(iso 3600)", "lastFoundAt": "", "lastSpaceId": "", "lastSpaceTitle": ""}
], "reportedSpaces": [], "pendingRecordings": []}
JSON
}

shot screenshot-settings.png SPACETAPE_SCREENSHOT_DIALOG=settings
shot screenshot-account.png SPACETAPE_SCREENSHOT_DIALOG=account
SPACETAPE_BEFORE_SHOT=watched shot screenshot-watched-hosts.png SPACETAPE_SCREENSHOT_DIALOG=watched
