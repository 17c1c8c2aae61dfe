// Starts the real stackwise binary on a free loopback port (--port 0; the
// port is read from the start-up line) with a temporary database, and
// talks to it over HTTP. Every wait is bounded.
//
// Importing this module makes every fetch() to a loopback server check the
// response against openapi.json and its JSON Schemas (contract.mjs): a
// status, media type or body the document does not describe fails the test.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CheckResponse } from './contract.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = process.env.STACKWISE_BIN || path.join(ROOT, 'build/src/cli/stackwise');
const START_TIMEOUT_MS = 20000;  // generous: the ASan build starts slowly

const uncheckedFetch = globalThis.fetch;

// fetch(), with the answer checked against the contract when it comes from
// a server on loopback (every server these tests start).
export async function checkedFetch(input, init = {}) {
  const response = await uncheckedFetch(input, init);
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  if (url.hostname === '127.0.0.1') {
    CheckResponse({
      method: init.method || (input instanceof Request ? input.method : 'GET'),
      pathname: url.pathname,
      status: response.status,
      contentType: response.headers.get('content-type'),
      body: await response.clone().text(),
    });
  }
  return response;
}
globalThis.fetch = checkedFetch;

export const PROFILE = {
  team: [
    { name: 'Ana', skills: { python: 'expert', typescript: 'working' } },
    { name: 'Ben', skills: { typescript: 'expert' } },
  ],
  product: { ai_ml: 'planned', realtime: 'some', workload: 'io_bound', kind: 'saas' },
  company: { engineers_now: 2, engineers_in_12_months: 6, hiring_region: 'europe' },
  leaning: { stack: 'go', reasons: ['benchmarks'] },
};

export function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'stackwise-http-'));
}

// Starts `stackwise serve` on `db`; resolves once the start-up line named
// the address and /healthz answers.
export async function startServer({ db, args = [] } = {}) {
  assert.ok(fs.existsSync(BIN), `no stackwise binary at ${BIN}: build it or set STACKWISE_BIN`);
  const dir = db ? null : tempDir();
  const dbPath = db || path.join(dir, 'test.db');
  const child = spawn(BIN, ['serve', '--host', '127.0.0.1', '--port', '0', '--db', dbPath, ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  const err = [];
  child.stdout.on('data', (d) => out.push(String(d)));
  child.stderr.on('data', (d) => err.push(String(d)));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const deadline = Date.now() + START_TIMEOUT_MS;
  let base = null;
  while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
    const match = out.join('').match(/serving on (http:\/\/127\.0\.0\.1:\d+)\//);
    if (match) {
      base = match[1];
      try {
        if ((await fetch(`${base}/healthz`)).ok) break;
      } catch {
        // not accepting yet
      }
    }
    await sleep(50);
  }
  if (!base || child.exitCode !== null) {
    child.kill('SIGKILL');
    throw new Error(`stackwise did not start:\n${out.join('')}\n${err.join('')}`);
  }
  const port = Number(new URL(base).port);
  return {
    base,
    port,
    dbPath,
    child,
    stdout: out,
    stderr: err,
    exited,
    // SIGTERM, then SIGKILL if it has not exited within `graceMs`.
    async stop(graceMs = 10000) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
      return exited;
    },
    async kill9() {
      child.kill('SIGKILL');
      return exited;
    },
  };
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function postJson(base, url, body, headers = {}) {
  return fetch(base + url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function createAssessment(base, title = 'Acme', profile = PROFILE) {
  const response = await postJson(base, '/api/v1/assessments', { title, profile });
  assert.equal(response.status, 201);
  return response.json();
}

export async function expectError(response, status, code, path = '') {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type'), /^application\/json/);
  const body = await response.json();
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
  assert.ok(body.error.message.length > 0);
  assert.equal(body.error.path, path);
  return body.error;
}

// Sends raw bytes on a new socket; resolves with everything received and
// how long the server took to close, or rejects after `timeoutMs`.
export function rawExchange(port, bytes, { timeoutMs = 10000, keepWriting = null } = {}) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    const chunks = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept the connection open for ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('connect', () => {
      if (bytes) socket.write(bytes);
      if (keepWriting) keepWriting(socket);
    });
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text: Buffer.concat(chunks).toString('latin1'), elapsedMs: Date.now() - started });
    });
  });
}
