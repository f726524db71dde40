// SPDX-License-Identifier: MIT
// Runs the npm package x-client-transaction-id (an independent implementation) on a saved
// homepage, for tst_clienttransaction_oracle. Loopback-free and offline: the package's one
// fetch (the ondemand.s chunk) is answered from a local folder.
//   node xct.mjs ORACLE_DIR HOMEPAGE.html ONDEMAND_DIR CASES.json
// CASES.json: [{"method": "GET", "path": "/i/api/…", "time": <seconds since X's epoch>}, …]
// Prints one JSON object: {onDemandUrl, animationKey, ids: [header per case]}.
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

// The package's base64 decoder calls ArrayBuffer.prototype.transfer (ES2024, Node 21+);
// Debian's Node 20 lacks it. A copy is all the decoder needs from it.
if (!ArrayBuffer.prototype.transfer) {
  ArrayBuffer.prototype.transfer = function (length = this.byteLength) {
    const copy = new ArrayBuffer(length);
    new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
    return copy;
  };
}

const [oracleDir, homepagePath, onDemandDir, casesPath] = process.argv.slice(2);
const load = (entry) => import(pathToFileURL(join(oracleDir, "node_modules", entry)).href);
const { ClientTransaction } = await load("x-client-transaction-id/esm/mod.js");
const { parseHTML } = await load("linkedom/esm/index.js");

const requested = [];
globalThis.fetch = async (url) => {
  requested.push(String(url));
  const name = basename(new URL(url).pathname);
  if (/^ondemand\.s\.[\w-]+a\.js$/.test(name)) {
    try {
      const body = await readFile(join(onDemandDir, name), "utf8");
      return { ok: true, status: 200, statusText: "OK", text: async () => body };
    } catch {
      // fall through to 404
    }
  }
  return { ok: false, status: 404, statusText: "Not Found", text: async () => "" };
};

const { document } = parseHTML(await readFile(homepagePath, "utf8"));
const transaction = await ClientTransaction.create(document);
const cases = JSON.parse(await readFile(casesPath, "utf8"));
const ids = [];
for (const c of cases) {
  ids.push(await transaction.generateTransactionId(c.method, c.path, undefined, undefined,
                                                   undefined, c.time));
}
process.stdout.write(JSON.stringify({
  onDemandUrl: requested[0] ?? null,
  animationKey: transaction.animationKey,
  ids,
}) + "\n");
