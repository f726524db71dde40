#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the whole CTest suite inside a private D-Bus session with an unlocked
# gnome-keyring, so keychain tests use a real Secret Service and never touch
# the user's own keyring.
#   tests/run-tests.sh BUILD_DIR [ctest args...]
set -euo pipefail
build_dir=$(realpath "${1:-build}")
shift || true

if [[ -z "${SPACETAPE_IN_TEST_SESSION:-}" ]]; then
  export SPACETAPE_IN_TEST_SESSION=1
  exec dbus-run-session -- "$0" "$build_dir" "$@"
fi

# A throwaway home for the keyring, settings and caches of this run.
test_home=$(mktemp -d)
trap 'rm -rf "$test_home"' EXIT
export HOME="$test_home" XDG_DATA_HOME="$test_home/data" XDG_CONFIG_HOME="$test_home/config" \
  XDG_CACHE_HOME="$test_home/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
eval "$(printf 'spacetape-test\n' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true

cd "$build_dir"
ctest --output-on-failure --timeout 600 -j "$(nproc)" "$@"
