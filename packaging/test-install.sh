#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Spacetape .deb on this machine, uses what it installed, and purges it again:
#   packaging/test-install.sh DEB_PATH [TEST_BUILD_DIR]
# For a disposable machine (CI): runs apt-get as root (through sudo otherwise). Checks that
#   1. apt-get installs the package with its dependencies;
#   2. the installed spacetape-cli prints its version and saves a Space from the fake X
#      server and CDN of a test build (TEST_BUILD_DIR, default build: its
#      tests/spacetape-fake-server and tests/bench/bench_makechunks), which ffprobe reads;
#   3. the installed app, started from the Exec line of its installed .desktop file under
#      Xvfb with a private home, shows its window;
#   4. apt-get purge removes every file the package installed.
# Needs xvfb, xdotool and ffmpeg (SPACETAPE_WITH_PACKAGING=1 packaging/install-deps.sh).
set -euo pipefail

# Step 3 runs inside xvfb-run: this script again, with a display.
if [[ "${1:-}" == --inside-xvfb ]]; then
  exec_line=$2
  log=$3
  # shellcheck disable=SC2086  # the Exec line is split into words, as a launcher does
  set -- ${exec_line//%[UuFfik]/}
  echo "starting $(command -v "$1")"
  "$@" >"$log" 2>&1 &
  app_pid=$!
  for _ in $(seq 150); do
    if window=$(xdotool search --onlyvisible --name '^Spacetape$' 2>/dev/null | head -n1) &&
       [[ -n "$window" ]]; then
      echo "ok: the window \"$(xdotool getwindowname "$window")\" is shown" \
        "($(xdotool getwindowgeometry "$window" | sed -n 's/ *Geometry: //p'))"
      kill "$app_pid"
      wait "$app_pid" 2>/dev/null || true
      exit 0
    fi
    if ! kill -0 "$app_pid" 2>/dev/null; then
      echo "FAIL: the app ended before showing a window; its output:" >&2
      cat "$log" >&2
      exit 1
    fi
    sleep 0.2
  done
  echo "FAIL: no Spacetape window within 30 s; the app's output:" >&2
  cat "$log" >&2
  kill "$app_pid" 2>/dev/null || true
  exit 1
fi

deb=$(realpath "${1:?usage: packaging/test-install.sh DEB_PATH [TEST_BUILD_DIR]}")
test_build=$(realpath "${2:-build}")
server="$test_build/tests/spacetape-fake-server"
makechunks="$test_build/tests/bench/bench_makechunks"
for need in "$deb" "$server" "$makechunks"; do
  [[ -e "$need" ]] || { echo "test-install.sh: $need is missing" >&2; exit 1; }
done
for tool in xvfb-run xdotool ffprobe; do
  command -v "$tool" >/dev/null ||
    { echo "test-install.sh: $tool is missing (SPACETAPE_WITH_PACKAGING=1 packaging/install-deps.sh)" >&2; exit 1; }
done
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
apt() { DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get -q "$@"; }

work=$(mktemp -d /tmp/spacetape-install-test.XXXXXX)
installed=0
cleanup() {
  [[ -n "${server_pid:-}" ]] && kill "$server_pid" 2>/dev/null
  if ((installed)) && [[ "${SPACETAPE_KEEP_INSTALLED:-0}" != 1 ]]; then
    echo "== purging after a failure" >&2
    apt purge -y spacetape >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== apt-get install $(basename "$deb")"
if dpkg-query -W -f='${Status}' spacetape 2>/dev/null | grep -q "install ok installed"; then
  fail "spacetape is installed already: purge it first, this test needs a clean start"
fi
installed=1
apt install -y "$deb" >"$work/apt.log" 2>&1 || {
  # A stale package index: refresh it once and try again.
  apt update >>"$work/apt.log" 2>&1
  apt install -y "$deb" >>"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get install"; }
}
dpkg -L spacetape >"$work/files.txt"
echo "ok: installed $(dpkg-query -W -f='${Package} ${Version}' spacetape), $(wc -l <"$work/files.txt") paths"

for path in /usr/bin/spacetape /usr/bin/spacetape-cli \
  /usr/share/applications/io.github.spacetape.Spacetape.desktop \
  /usr/share/metainfo/io.github.spacetape.Spacetape.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/io.github.spacetape.Spacetape.svg \
  /usr/share/icons/hicolor/48x48/apps/io.github.spacetape.Spacetape.png \
  /usr/share/man/man1/spacetape.1.gz /usr/share/man/man1/spacetape-cli.1.gz \
  /usr/share/bash-completion/completions/spacetape-cli \
  /usr/share/zsh/vendor-completions/_spacetape-cli \
  /usr/share/fish/vendor_completions.d/spacetape-cli.fish \
  /usr/share/doc/spacetape/copyright /usr/share/doc/spacetape/changelog.Debian.gz; do
  [[ -e "$path" ]] || fail "$path is not installed"
done
echo "ok: binaries, desktop file, metainfo, icons, manual pages, completions, copyright"

echo "== /usr/bin/spacetape-cli --version"
version=$(/usr/bin/spacetape-cli --version)
echo "$version"
[[ "$version" == "spacetape-cli "* ]] || fail "unexpected --version output"

# A private home and no session bus: the installed programs never see this user's settings,
# queue or keychain (without a keychain they work as a guest).
home="$work/home"
mkdir -p "$home"
private_env=(env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY HOME="$home"
  XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
  XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run")
mkdir -p "$home/run" && chmod 700 "$home/run"

echo "== a download with the installed spacetape-cli through the fake X server"
"$makechunks" "$work/space" 60 >/dev/null
space_id=1OwxWzJqQaBKQ
# The stream URL X gives has /audio-space/ in its path (anything else is a video Space).
"$server" --dir "$work/space/cdn" --space "$space_id=Install test" \
  --prefix /Transcoding/v1/hls/t0k3n/non_transcode/us-east-1/periscope-replay-direct-prod-us-east-1-public/audio-space/ \
  >"$work/server.out" &
server_pid=$!
for _ in $(seq 100); do [[ -s "$work/server.out" ]] && break; sleep 0.1; done
api_origin=$(head -n1 "$work/server.out")
[[ "$api_origin" == http://127.0.0.1:* ]] || fail "the fake server did not start"
"${private_env[@]}" /usr/bin/spacetape-cli --api-origin "$api_origin" -o "$work/out" \
  "https://x.com/i/spaces/$space_id"
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=
shopt -s nullglob
saved=("$work"/out/*.m4a)
shopt -u nullglob
((${#saved[@]} == 1)) || fail "expected one .m4a in $work/out, found ${#saved[@]}"
duration=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "${saved[0]}")
title=$(ffprobe -v error -show_entries format_tags=title -of default=nw=1:nk=1 "${saved[0]}")
awk -v d="$duration" 'BEGIN { exit !(d > 55 && d < 65) }' ||
  fail "ffprobe reads a duration of '$duration' s, not about 60 s"
echo "ok: $(basename "${saved[0]}"): $(stat -c %s "${saved[0]}") bytes, ${duration} s, title \"$title\""

echo "== the installed app, from its .desktop file's Exec line, under Xvfb"
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/io.github.spacetape.Spacetape.desktop | head -n1)
echo "Exec=$exec_line"
"${private_env[@]}" timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" \
  "$(realpath "$0")" --inside-xvfb "$exec_line" "$work/app.log"

echo "== apt-get purge spacetape"
apt purge -y spacetape >"$work/purge.log" 2>&1 || { cat "$work/purge.log" >&2; fail "apt-get purge"; }
installed=0
left=()
while IFS= read -r path; do
  [[ "$path" == /usr/* ]] || continue
  if [[ -d "$path" && ! -L "$path" ]]; then
    # A folder stays only when another package (or something outside dpkg) still uses it.
    if ! dpkg -S "$path" >/dev/null 2>&1 && [[ -z "$(ls -A "$path")" ]]; then
      left+=("$path/ (empty)")
    fi
  elif [[ -e "$path" || -L "$path" ]]; then
    left+=("$path")
  fi
done <"$work/files.txt"
((${#left[@]} == 0)) || fail "left behind after purge: ${left[*]}"
if dpkg-query -W -f='${Status}' spacetape 2>/dev/null | grep -Eq 'installed|config-files'; then
  fail "dpkg still lists spacetape: $(dpkg-query -W -f='${Status}' spacetape)"
fi
echo "ok: every one of the $(grep -c '^/usr' "$work/files.txt") paths under /usr is gone (or shared with other packages)"
echo "test-install: all checks passed"
