#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the pinned test oracles (package-lock.json beside this script) into DIR/node_modules.
#   tests/oracle/install.sh DIR
# Idempotent and offline once done: nothing is fetched while DIR holds this exact lock.
# Needs node and npm (Debian: nodejs npm). Only tests use these; nothing is shipped.
set -euo pipefail
dir=${1:?usage: tests/oracle/install.sh DIR}
here=$(dirname "$(realpath "$0")")
mkdir -p "$dir"
stamp="$dir/.installed-package-lock.json"

if [[ -f "$dir/node_modules/x-client-transaction-id/package.json" && -f "$stamp" ]] &&
  cmp -s "$stamp" "$here/package-lock.json"; then
  echo "oracle: already installed in $dir"
  exit 0
fi
for tool in node npm; do
  if ! command -v "$tool" >/dev/null; then
    echo "oracle: '$tool' is missing: install the nodejs and npm packages (packaging/install-deps.sh)" >&2
    exit 1
  fi
done
cp "$here/package.json" "$here/package-lock.json" "$dir/"
# npm ci installs exactly the lock; no install scripts run (none are needed).
(cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
cp "$here/package-lock.json" "$stamp"
echo "oracle: installed x-client-transaction-id $(node -p "require('$dir/node_modules/x-client-transaction-id/package.json').version") in $dir"
