#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One-command set-up for a fresh Debian 12 / Ubuntu machine.
#   packaging/quickstart.sh run    install what is missing, build, launch the app
#   packaging/quickstart.sh test   install what is missing, build, run every test
# Environment: SPACETAPE_BUILD_DIR (default build), SPACETAPE_WERROR=ON,
# SPACETAPE_SANITIZE=ON (ASan + UBSan build of everything).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
build_dir=${SPACETAPE_BUILD_DIR:-build}

packaging/install-deps.sh

# ccache, when the machine has it, makes a second build of the same sources quick.
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$build_dir" -G Ninja "${launcher[@]}" \
  -DSPACETAPE_WERROR="${SPACETAPE_WERROR:-OFF}" \
  -DSPACETAPE_SANITIZE="${SPACETAPE_SANITIZE:-OFF}"
cmake --build "$build_dir" --parallel "$(nproc)"

case "$mode" in
  run)
    shift || true
    exec "$build_dir/app/spacetape" "$@"
    ;;
  test)
    exec tests/run-tests.sh "$build_dir"
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
