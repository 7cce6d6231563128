// Preload (`node --import`) that replaces every way of reaching the network with a stub that records the
// attempt and throws. The record is written to REDLINE_NETWORK_LOG at exit, so a caught error is seen too.
import dgram from 'node:dgram';
import dns from 'node:dns';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

const attempts = [];

function stub(name) {
  return (...args) => {
    attempts.push({ name, target: String(args[0]?.href ?? args[0]?.host ?? args[0] ?? '') });
    throw new Error(`network access blocked by the test preload: ${name}`);
  };
}

const targets = [
  [net, ['connect', 'createConnection']],
  [net.Socket.prototype, ['connect']],
  [tls, ['connect']],
  [http, ['request', 'get']],
  [https, ['request', 'get']],
  [http2, ['connect']],
  [dgram, ['createSocket']],
  [dns, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'lookupService']],
  [dns.promises, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']],
];
for (const [owner, names] of targets) for (const name of names) owner[name] = stub(name);
globalThis.fetch = stub('fetch');
globalThis.WebSocket = stub('WebSocket');
syncBuiltinESMExports();

process.on('exit', () => {
  if (process.env.REDLINE_NETWORK_LOG) writeFileSync(process.env.REDLINE_NETWORK_LOG, JSON.stringify(attempts));
});
