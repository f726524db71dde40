#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Takes the README screenshots under Xvfb with the real app:
#   tools/screenshots.sh BUILD_DIR [OUT_DIR]      (OUT_DIR defaults to docs/)
# writes screenshot-main-light.png, screenshot-main-dark.png, screenshot-settings.png and
# screenshot-account.png. The app does the grabbing itself (SPACETAPE_SCREENSHOT=FILE, see
# app/gui_main.cpp); this script only gives it a clean home, a display and a keychain.
# A queue fixture can be placed as $XDG_DATA_HOME/Spacetape/queue.json via
# SPACETAPE_SCREENSHOT_QUEUE=FILE to show a busy queue.
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

# shot NAME [ENV=VALUE...]: one app run, one picture.
shot() {
  local name=$1
  shift
  local queue_dir="$XDG_DATA_HOME/Spacetape"
  rm -rf "$queue_dir" "$XDG_CONFIG_HOME/Spacetape"
  # A tidy output folder in the settings picture instead of this run's temporary home.
  mkdir -p "$XDG_CONFIG_HOME/Spacetape"
  printf '[download]\noutputDir=/home/you/Music/Spacetape\n' >"$XDG_CONFIG_HOME/Spacetape/Spacetape.conf"
  if [[ -n "${SPACETAPE_SCREENSHOT_QUEUE:-}" ]]; then
    mkdir -p "$queue_dir"
    cp "$SPACETAPE_SCREENSHOT_QUEUE" "$queue_dir/queue.json"
  fi
  env "$@" SPACETAPE_SCREENSHOT="$out_dir/$name" \
    timeout 120 xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" "$app"
  echo "wrote $out_dir/$name"
}

shot screenshot-main-light.png
shot screenshot-main-dark.png SPACETAPE_DARK=1
shot screenshot-settings.png SPACETAPE_SCREENSHOT_DIALOG=settings
shot screenshot-account.png SPACETAPE_SCREENSHOT_DIALOG=account
