#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian/Ubuntu packages Spacetape needs to build, run and test.
# Idempotent: packages already present are not touched; apt runs only when
# something is missing. Uses sudo when not run as root.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-multimedia-dev qt6-svg-dev qtkeychain-qt6-dev libtag1-dev libssl-dev
  qt6-tools-dev qt6-l10n-tools  # Qt Linguist: CMake macros, lupdate, lrelease
  qt6-websockets-dev  # the live chat's socket (core/extras/ChatClient)
  libxkbcommon-dev libgl-dev
  # runtime: playback through GStreamer (Qt Multimedia 6.4 on Linux), SVG icons
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav libqt6svg6
  qt6-translations-l10n  # Qt's own dialogs and buttons in the system language
  # tests: ffmpeg is encoder and oracle; a real keychain; screenshots
  ffmpeg gnome-keyring dbus-x11 libsecret-tools xvfb xauth
  openssl  # the HTTPS fake CDN's throw-away CA (tests/fake/make_test_certs.sh)
  # screenshots in Japanese (tools/screenshots.sh)
  fonts-noto-cjk
)
# node and npm run the x-client-transaction-id oracle (tests/oracle). A machine may already
# have them from elsewhere (e.g. a nodejs package that bundles npm and conflicts with
# Debian's): only ask apt when the commands are missing.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi
if [[ "${SPACETAPE_WITH_PEERS:-0}" == 1 ]]; then
  # benchmarks compare against these (tests/bench/)
  packages+=(aria2 yt-dlp time)
fi
if [[ "${SPACETAPE_WITH_FUZZ:-0}" == 1 ]]; then
  # tests/fuzz: clang 14 with libFuzzer (in libclang-common-14-dev, a dependency of clang-14)
  packages+=(clang)
fi
if [[ "${SPACETAPE_WITH_PACKAGING:-0}" == 1 ]]; then
  # packaging/build-deb.sh (PNG icons, checks) and packaging/test-install.sh
  packages+=(dpkg-dev librsvg2-bin lintian desktop-file-utils appstream xdotool)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: everything is installed"
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
