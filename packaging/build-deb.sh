#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package of Spacetape:
#   packaging/build-deb.sh BUILD_DIR
# configures a Release build without tests in BUILD_DIR (Debian's hardening flags from
# dpkg-buildflags), builds it, packs it with CPack and prints the .deb's path as the last
# line of stdout (everything else goes to stderr). When lintian, desktop-file-validate and
# appstreamcli are installed (SPACETAPE_WITH_PACKAGING=1 packaging/install-deps.sh), the
# package and its desktop files are checked too, and any error or warning fails the script.
# Environment: SPACETAPE_JOBS (parallel build jobs, default nproc), SPACETAPE_DEB_CHECK=0
# skips the checks.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build_dir=$(realpath -m "${1:?usage: packaging/build-deb.sh BUILD_DIR}")

for tool in cmake cpack dpkg-shlibdeps dpkg-buildflags rsvg-convert; do
  if ! command -v "$tool" >/dev/null; then
    echo "build-deb.sh: $tool is missing (SPACETAPE_WITH_PACKAGING=1 packaging/install-deps.sh)" >&2
    exit 1
  fi
done

# Reproducible: dates inside the package (changelog, gzip headers, file times) are the last
# commit's, not the build's.
if [[ -z "${SOURCE_DATE_EPOCH:-}" ]] && git -C "$repo" rev-parse --git-dir >/dev/null 2>&1; then
  SOURCE_DATE_EPOCH=$(git -C "$repo" log -1 --format=%ct)
  export SOURCE_DATE_EPOCH
fi

# Debian's compiler and linker flags, with every hardening feature (PIE, RELRO, BIND_NOW,
# fortify, stack protector).
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
CFLAGS=$(dpkg-buildflags --get CFLAGS)
CXXFLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
LDFLAGS=$(dpkg-buildflags --get LDFLAGS)
export CFLAGS CXXFLAGS LDFLAGS

{
  cmake -S "$repo" -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX=/usr \
    -DSPACETAPE_BUILD_TESTS=OFF
  cmake --build "$build_dir" --parallel "${SPACETAPE_JOBS:-$(nproc)}"
  rm -f "$build_dir"/spacetape_*.deb
  (cd "$build_dir" && cpack -G DEB)
} >&2

debs=("$build_dir"/spacetape_*.deb)
if [[ ! -f "${debs[0]}" ]]; then
  echo "build-deb.sh: CPack made no spacetape_*.deb in $build_dir" >&2
  exit 1
fi
deb=${debs[0]}

if [[ "${SPACETAPE_DEB_CHECK:-1}" == 1 ]]; then
  status=0
  if command -v lintian >/dev/null; then
    echo "== lintian $(basename "$deb")" >&2
    # --fail-on error,warning: any error or warning fails (overrides are in
    # packaging/debian/lintian-overrides, each with its reason).
    lintian --fail-on error,warning --display-info "$deb" >&2 || status=1
  else
    echo "build-deb.sh: lintian is not installed: not checked" >&2
  fi
  if command -v desktop-file-validate >/dev/null; then
    echo "== desktop-file-validate" >&2
    desktop-file-validate "$repo"/resources/*.desktop >&2 || status=1
  fi
  if command -v appstreamcli >/dev/null; then
    echo "== appstreamcli validate --no-net" >&2
    appstreamcli validate --no-net "$repo"/resources/*.metainfo.xml >&2 || status=1
  fi
  if ((status != 0)); then
    echo "build-deb.sh: $deb does not pass the checks above" >&2
    exit 1
  fi
fi

echo "$deb"
