// Hostile input and overload, against the real binary: each test is a
// defect found by attacking the server (issue 8), kept as a regression.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import zlib from 'node:zlib';
import { after, before, test } from 'node:test';
import {
  BIN, PROFILE, expectError, postJson, rawExchange, sleep, startServer,
} from './helpers.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

function nested(levels) {
  return `{"x":${'['.repeat(levels)}${']'.repeat(levels)},"team":[]}`;
}

test('deep nesting is 400 naming the limit, for profiles and assessments', async () => {
  const error = await expectError(
    await postJson(server.base, '/api/v1/recommendations', nested(5000)), 400, 'invalid_argument',
    'x' + '[0]'.repeat(63));
  assert.equal(error.message, 'nested deeper than 64 arrays and objects (the limit)');
  const inside = await postJson(server.base, '/api/v1/assessments',
    `{"title":"t","profile":${nested(5000)}}`);
  assert.equal(inside.status, 400);
  assert.equal((await inside.json()).error.message, 'nested deeper than 64 arrays and objects (the limit)');
});

test('the 5458-level quadratic document is refused at once', async () => {
  const n = 5458;
  const body = '{"a":'.repeat(n) + '1' + ',"b":1}'.repeat(n);
  const started = Date.now();
  const response = await postJson(server.base, '/api/v1/recommendations', body);
  assert.equal(response.status, 400);
  assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
});

test('numbers past a double are 400 naming the field', async () => {
  for (const number of ['1e400', '9'.repeat(400)]) {
    const error = await expectError(await postJson(server.base, '/api/v1/recommendations',
      `{"product":{"expected_peak_rps":${number}}}`), 400, 'invalid_argument', 'product.expected_peak_rps');
    assert.match(error.message, /^number out of range/);
  }
});

test('a repeated key inside a profile is 400 naming its path', async () => {
  await expectError(await postJson(server.base, '/api/v1/recommendations',
    '{"product":{"ai_ml":"none","ai_ml":"core"}}'), 400, 'invalid_argument', 'product.ai_ml');
});

test('a transfer coding other than chunked is 400 and the connection closes', async () => {
  const smuggled = 'GET /api/v1/knowledge-base HTTP/1.1\r\nHost: x\r\n\r\n';
  const { text } = await rawExchange(server.port,
    'POST /api/v1/recommendations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
    `Transfer-Encoding: gzip\r\n\r\n${smuggled}`, { timeoutMs: 10000 });
  assert.match(text, /^HTTP\/1\.1 400 /);
  assert.match(text, /Connection: close/i);
  assert.match(text, /unsupported Transfer-Encoding \\"gzip\\" \(only chunked is accepted\)/);
  assert.equal(text.match(/^HTTP\/1\.1 /gm).length, 1, 'the smuggled request was served');
});

test('HEAD answers like GET without a body', async () => {
  const { text } = await rawExchange(server.port,
    'HEAD /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', { timeoutMs: 10000 });
  assert.match(text, /^HTTP\/1\.1 200 /);
  const length = Number(text.match(/Content-Length: (\d+)/i)[1]);
  assert.ok(length > 0);
  assert.ok(text.endsWith('\r\n\r\n'), 'HEAD sent a body');
});

test('large answers are gzipped when the client accepts it', async () => {
  const { text } = await rawExchange(server.port,
    'GET /api/v1/knowledge-base HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n',
    { timeoutMs: 10000 });
  assert.match(text, /Content-Encoding: gzip/i);
  const body = Buffer.from(text.slice(text.indexOf('\r\n\r\n') + 4), 'latin1');
  const kb = JSON.parse(zlib.gunzipSync(body).toString());
  assert.equal(typeof kb.version, 'string');
});

test('past the connection cap, /healthz still answers and the rest get 503', async () => {
  const capped = await startServer({ args: ['--max-connections', '4'] });
  const idle = [];
  try {
    for (let i = 0; i < 4; ++i) {
      const socket = net.connect(capped.port, '127.0.0.1');
      socket.on('error', () => {});
      await new Promise((resolve) => socket.once('connect', resolve));
      idle.push(socket);
    }
    await sleep(100);
    const health = await rawExchange(capped.port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    assert.match(health.text, /^HTTP\/1\.1 200 /);
    const busy = await rawExchange(capped.port, 'GET /api/v1/knowledge-base HTTP/1.1\r\nHost: x\r\n\r\n');
    assert.match(busy.text, /^HTTP\/1\.1 503 /);
    assert.match(busy.text, /Retry-After: 1/i);
    assert.match(busy.text, /"code":"unavailable"/);
    for (const socket of idle) socket.destroy();
    await sleep(200);
    assert.equal((await fetch(`${capped.base}/api/v1/knowledge-base`)).status, 200);
  } finally {
    for (const socket of idle) socket.destroy();
    await capped.stop();
  }
});

test('creating past the per-client limit is 429 with Retry-After', async () => {
  const limited = await startServer({ args: ['--creations-per-hour', '6'] });
  try {
    const body = { title: 'Acme', profile: PROFILE };
    assert.equal((await postJson(limited.base, '/api/v1/assessments', body)).status, 201);
    const refused = await postJson(limited.base, '/api/v1/assessments', body);
    await expectError(refused, 429, 'rate_limited');
    assert.equal(refused.headers.get('retry-after'), '600');
  } finally {
    await limited.stop();
  }
});

test('a database that is not a file is refused at start-up', () => {
  for (const db of ['', ':memory:']) {
    const run = spawnSync(BIN, ['serve', '--port', '0', '--db', db], { encoding: 'utf8', timeout: 10000 });
    assert.equal(run.status, 2, run.stderr);
    assert.equal(run.stderr,
      `stackwise: error: --db: the database must be a file path; got "${db}", which SQLite keeps in ` +
      'memory or reads as a URI (saved assessments would vanish on restart)\n');
  }
});
