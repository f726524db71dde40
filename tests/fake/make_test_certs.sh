#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Makes throw-away TLS material for the HTTPS fake CDN (tests/fake/tls_cdn.mjs), at test or
# bench time, in a folder of the caller's: nothing is committed and nothing goes into the
# system's trust store.
#
#   tests/fake/make_test_certs.sh DIR
#
# DIR/ca.pem             the test CA: trust it only in tests (SPACETAPE_TEST_CA_FILE,
#                        ffmpeg -ca_file, aria2c --ca-certificate, curl --cacert)
# DIR/server.pem + .key  a leaf for 127.0.0.1 and localhost signed by the test CA
# DIR/rogue.pem + .key   the same names signed by a second CA nobody trusts (the
#                        "certificate not signed by a trusted CA" case)
set -euo pipefail
dir=${1:?usage: make_test_certs.sh DIR}
mkdir -p "$dir"
cd "$dir"
days=30
ext=$(mktemp)
trap 'rm -f "$ext"' EXIT
cat >"$ext" <<'EXT'
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,DNS:localhost
EXT

ca() {  # name, subject
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days "$days" \
    -subj "$2" -keyout "$1-ca.key" -out "$1-ca.pem" \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
    2>/dev/null
}
leaf() {  # name, ca name
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=127.0.0.1" \
    -keyout "$1.key" -out "$1.csr" 2>/dev/null
  openssl x509 -req -in "$1.csr" -CA "$2-ca.pem" -CAkey "$2-ca.key" -CAcreateserial \
    -days "$days" -extfile "$ext" -out "$1.pem" 2>/dev/null
  rm -f "$1.csr"
}
ca test "/CN=Spacetape test CA (tests only)"
ca rogue "/CN=Spacetape rogue CA (trusted by nobody)"
leaf server test
leaf rogue rogue
mv test-ca.pem ca.pem
rm -f test-ca.key rogue-ca.key rogue-ca.pem ./*.srl
