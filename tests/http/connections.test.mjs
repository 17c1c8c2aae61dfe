// Connection handling: slow and silent clients are cut off, oversized
// headers refused, and SIGTERM finishes what is in flight, then exits 0.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PROFILE, postJson, rawExchange, sleep, startServer } from './helpers.mjs';

const HEADER_TIMEOUT_MS = 500;
const IDLE_TIMEOUT_MS = 700;

let server;
before(async () => {
  server = await startServer({
    args: ['--header-timeout-ms', String(HEADER_TIMEOUT_MS), '--idle-timeout-ms', String(IDLE_TIMEOUT_MS)],
  });
});
after(async () => { await server.stop(); });

test('a client sending its header slowly is disconnected after the header timeout', async () => {
  const { text, elapsedMs } = await rawExchange(server.port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n', {
    timeoutMs: 10000,
    keepWriting: (socket) => {
      // One header byte every 100 ms: never finishes within the timeout.
      const timer = setInterval(() => { if (!socket.destroyed) socket.write('X'); }, 100);
      socket.on('close', () => clearInterval(timer));
    },
  });
  assert.equal(text, '');
  assert.ok(elapsedMs >= HEADER_TIMEOUT_MS - 50, `closed after ${elapsedMs} ms`);
  assert.ok(elapsedMs < HEADER_TIMEOUT_MS + 3000, `closed after ${elapsedMs} ms`);
});

test('a silent client is disconnected after the idle timeout', async () => {
  const { text, elapsedMs } = await rawExchange(server.port, null, { timeoutMs: 10000 });
  assert.equal(text, '');
  assert.ok(elapsedMs >= IDLE_TIMEOUT_MS - 50 && elapsedMs < IDLE_TIMEOUT_MS + 3000, `closed after ${elapsedMs} ms`);
});

test('keep-alive serves several requests on one connection, then idles out', async () => {
  const request = 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n';
  const { text } = await rawExchange(server.port, request + request + request, { timeoutMs: 10000 });
  assert.equal(text.match(/HTTP\/1\.1 200 OK/g).length, 3);
});

test('a header over 8 KiB is 431 and a garbled request 400', async () => {
  const big = await rawExchange(server.port,
    `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(9000)}\r\n\r\n`, { timeoutMs: 10000 });
  assert.match(big.text, /^HTTP\/1\.1 431 /);
  assert.match(big.text, /"code":"payload_too_large"/);
  const garbled = await rawExchange(server.port, 'HELLO\r\n\r\n', { timeoutMs: 10000 });
  assert.match(garbled.text, /^HTTP\/1\.1 400 /);
  assert.match(garbled.text, /x-content-type-options: nosniff/i);
});

test('a declared body over 64 KiB is refused with 413 before it is sent', async () => {
  const { text } = await rawExchange(server.port,
    'POST /api/v1/recommendations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
    'Content-Length: 1000000\r\n\r\n{', { timeoutMs: 10000 });
  assert.match(text, /^HTTP\/1\.1 413 /);
  assert.match(text, /Connection: close/i);
});

test('SIGTERM lets a request in flight finish, closes idle connections and exits 0', async () => {
  const own = await startServer();
  // An idle keep-alive connection, and a request whose body is still
  // arriving when the signal comes.
  const idle = rawExchange(own.port, null, { timeoutMs: 10000 });
  const body = JSON.stringify(PROFILE);
  const inflight = rawExchange(own.port,
    `POST /api/v1/recommendations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    {
      timeoutMs: 10000,
      keepWriting: (socket) => setTimeout(() => socket.write(body), 400),
    });
  await sleep(150);
  own.child.kill('SIGTERM');
  const [idleResult, inflightResult, exit] = await Promise.all([idle, inflight, own.exited]);
  assert.equal(idleResult.text, '');
  assert.match(inflightResult.text, /^HTTP\/1\.1 200 OK/);
  assert.match(inflightResult.text, /Connection: close/i);
  assert.equal(exit.code, 0);
  await own.stop();
  // Nothing listens any more.
  await assert.rejects(postJson(own.base, '/api/v1/recommendations', PROFILE));
});
