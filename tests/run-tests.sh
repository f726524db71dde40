#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the whole CTest suite inside a private D-Bus session with an unlocked
# gnome-keyring, so keychain tests use a real Secret Service and never touch
# the user's own keyring.
#   tests/run-tests.sh BUILD_DIR [ctest args...]
set -euo pipefail
build_dir=$(realpath "${1:-build}")
tests_dir=$(dirname "$(realpath "$0")")
shift || true

if [[ -z "${SPACETAPE_IN_TEST_SESSION:-}" ]]; then
  export SPACETAPE_IN_TEST_SESSION=1
  exec dbus-run-session -- "$0" "$build_dir" "$@"
fi

# The private bus dbus-run-session started: tests that register fake services (the
# ScreenSaver of tst_trayandsleep) refuse to run on any other bus.
export SPACETAPE_TEST_BUS_ADDRESS="${DBUS_SESSION_BUS_ADDRESS:?dbus-run-session set no bus address}"

# A throwaway home for the keyring (each test gets its own HOME and XDG folders from CMake).
test_home=$(mktemp -d)
trap 'rm -rf "$test_home"' EXIT
export HOME="$test_home" XDG_DATA_HOME="$test_home/data" XDG_CONFIG_HOME="$test_home/config" \
  XDG_CACHE_HOME="$test_home/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
eval "$(printf 'spacetape-test\n' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true

cd "$build_dir"
results="$build_dir/test-results"
rm -rf "$results"
mkdir -p "$results"
status=0
ctest --output-on-failure --timeout 600 -j "$(nproc)" "$@" || status=$?

# Count what the tests did (their own result files), and fail on any skip not listed in
# tests/expected-skips.txt: a test that skips has not shown anything.
expected="$tests_dir/expected-skips.txt"
passed=0 failed=0 skipped=0
unexpected=()
for file in "$results"/*.txt; do
  [[ -e "$file" ]] || continue
  if totals=$(grep -E '^Totals: ' "$file" | tail -n1) && [[ -n "$totals" ]]; then
    read -r p f s <<<"$(sed -E 's/^Totals: ([0-9]+) passed, ([0-9]+) failed, ([0-9]+) skipped.*/\1 \2 \3/' <<<"$totals")"
    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
  fi
  while IFS= read -r line; do
    name=$(sed -E 's/^SKIP +: ([^ (]+).*/\1/' <<<"$line")
    if ! grep -v '^#' "$expected" | sed 's/#.*//; s/[[:space:]]*$//' | grep -qxF -- "$(sed 's/ *$//' <<<"$name")"; then
      unexpected+=("$line")
    fi
  done < <(grep -E '^SKIP +: ' "$file" || true)
done
if ((${#unexpected[@]})); then
  echo "run-tests: ${#unexpected[@]} unexpected skip(s) (add them to tests/expected-skips.txt only with a reason):"
  printf '  %s\n' "${unexpected[@]}"
  status=1
fi
echo "Functions: $passed passed, $failed failed, $skipped skipped"
exit "$status"
