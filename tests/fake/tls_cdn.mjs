// SPDX-License-Identifier: MIT
// The fake CDN over HTTPS, speaking HTTP/2 and HTTP/1.1 (ALPN) like the real one
// (prod-fastly-*.video.pscp.tv). Qt 6.4 has no HTTP/2 server; Node's standard library has.
// It mirrors spacetape-fake-server's CDN mode: the same folder, the same delay added to every
// request, the same counters and the same stdout protocol.
//
//   node tests/fake/tls_cdn.mjs --dir DIR --cert PEM --key PEM [--prefix /cdn/]
//        [--latency-ms 0] [--port 0] [--alpn h2,http/1.1 | --alpn http/1.1] [--log FILE]
//
// --alpn: the protocols offered, in order of preference (default h2,http/1.1); "http/1.1"
//         alone makes an HTTPS/1.1-only server.
// --log:  one line per request: "<httpVersion> <alpn> <method> <path> <ms since start>"
//         (tests assert on the protocol).
// First stdout line: the base URL (https://127.0.0.1:PORT). On SIGTERM/SIGINT:
// "requests=N max_in_flight=M connections=C" (C: TLS connections accepted), exit 0.
import fs from 'node:fs';
import http2 from 'node:http2';
import https from 'node:https';
import path from 'node:path';

function parseArgs(argv) {
  const options = {prefix: '/', latencyMs: 0, port: 0, alpn: 'h2,http/1.1', log: ''};
  const names = {'--dir': 'dir', '--cert': 'cert', '--key': 'key', '--prefix': 'prefix',
                 '--latency-ms': 'latencyMs', '--port': 'port', '--alpn': 'alpn', '--log': 'log'};
  for (let i = 0; i < argv.length; i += 2) {
    const name = names[argv[i]];
    if (!name || i + 1 >= argv.length) {
      process.stderr.write(`tls_cdn: unknown or incomplete option "${argv[i]}"\n`);
      process.exit(2);
    }
    options[name] = argv[i + 1];
  }
  for (const required of ['dir', 'cert', 'key']) {
    if (!options[required]) {
      process.stderr.write(`tls_cdn: --${required} is required\n`);
      process.exit(2);
    }
  }
  options.latencyMs = Number(options.latencyMs);
  options.port = Number(options.port);
  if (!options.prefix.startsWith('/')) options.prefix = '/' + options.prefix;
  if (!options.prefix.endsWith('/')) options.prefix += '/';
  return options;
}

const options = parseArgs(process.argv.slice(2));
const root = path.resolve(options.dir);
const protocols = options.alpn.split(',').filter(Boolean);
const log = options.log ? fs.createWriteStream(options.log, {flags: 'a'}) : null;
let requests = 0;
let inFlight = 0;
let maxInFlight = 0;
let connections = 0;
const started = process.hrtime.bigint();

const contentTypes = {
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.aac': 'audio/aac',
  '.ts': 'video/mp2t',
};

// Whole files from the folder under the prefix; anything else 404. Bodies are read at
// request time (the folder is small) and sent in one piece.
function answer(request, response) {
  ++requests;
  ++inFlight;
  maxInFlight = Math.max(maxInFlight, inFlight);
  const alpn = request.socket?.alpnProtocol || (request.httpVersion === '2.0' ? 'h2' : '-');
  if (log) {
    const ms = Number((process.hrtime.bigint() - started) / 1000000n);
    log.write(`${request.httpVersion} ${alpn} ${request.method} ${request.url} ${ms}\n`);
  }
  let finished = false;
  const done = () => {
    if (!finished) {
      finished = true;
      --inFlight;
    }
  };
  response.on('finish', done);
  response.on('close', done);
  setTimeout(() => {
    const urlPath = decodeURIComponent(new URL(request.url, 'https://x').pathname);
    let body = null;
    let type = 'application/octet-stream';
    if (urlPath.startsWith(options.prefix) && ['GET', 'HEAD'].includes(request.method)) {
      const file = path.resolve(root, urlPath.slice(options.prefix.length));
      if (file.startsWith(root + path.sep)) {
        try {
          body = fs.readFileSync(file);
          type = contentTypes[path.extname(file)] || type;
        } catch {
          body = null;
        }
      }
    }
    if (body === null) {
      response.writeHead(404, {'content-type': 'text/plain', 'content-length': 10});
      response.end(request.method === 'HEAD' ? undefined : 'not found\n');
      return;
    }
    response.writeHead(200, {'content-type': type, 'content-length': body.length});
    response.end(request.method === 'HEAD' ? undefined : body);
  }, options.latencyMs);
}

const tls = {
  cert: fs.readFileSync(options.cert),
  key: fs.readFileSync(options.key),
  ALPNProtocols: protocols,
};
const server = protocols.includes('h2')
  ? http2.createSecureServer({...tls, allowHTTP1: true}, answer)
  : https.createServer(tls, answer);
server.keepAliveTimeout = 60000;
server.on('secureConnection', () => ++connections);
// Like spacetape-fake-server: TCP_NODELAY, so the server never makes a client look slow.
server.on('connection', (socket) => socket.setNoDelay(true));

server.listen(options.port, '127.0.0.1', () => {
  process.stdout.write(`https://127.0.0.1:${server.address().port}\n`);
});

function stop() {
  process.stdout.write(`requests=${requests} max_in_flight=${maxInFlight} connections=${connections}\n`, () => {
    if (log) log.end(() => process.exit(0));
    else process.exit(0);
  });
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
