#!/bin/sh
# SPDX-License-Identifier: MIT
# Preview latency: time from Play to audio playing, and from a seek to audio playing, through
# the real QMediaPlayer/GStreamer (headless) on a local fake CDN that adds 50 ms to every
# request. Cold chunk cache each round. The measurement lives in tests/gui/tst_preview.cpp
# (benchPlayToAudio, skipped unless SPACETAPE_PREVIEW_BENCH is set) because only the GUI
# tests link Qt Multimedia.
#   tests/bench/preview_bench.sh [BUILD_DIR] [ROUNDS]
set -eu
build=${1:-build}
rounds=${2:-5}
binary="$build/tests/tst_preview"
if [ ! -x "$binary" ]; then
    echo "preview_bench: $binary not found; build it first: cmake --build $build --target tst_preview" >&2
    exit 1
fi
SPACETAPE_PREVIEW_BENCH=$rounds QT_QPA_PLATFORM=offscreen "$binary" benchPlayToAudio 2>&1 |
    sed -n 's/^QINFO *: *[^ ]* bench: /bench: /p; /FAIL/p'
