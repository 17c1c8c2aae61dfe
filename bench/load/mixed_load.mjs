// A mixed load against the real server, with a kill -9 in the middle and a
// restart, that checks every acknowledged write afterwards.
//
//   node bench/load/mixed_load.mjs [--bin build/src/cli/stackwise]
//        [--seconds 60] [--workers 16] [--kill-at 30]
//
// Loopback only (127.0.0.1, a free port, a temporary database). Each worker
// loops over recommend (40%), create (20%), read (20%), update (10%) and
// delete (10%), touching only the assessments it created, so the expected
// state of every id is known: the last acknowledged write (201, 200, 204)
// must be what a read returns after the restart. A write in flight when
// the server dies was never acknowledged: either outcome is accepted for it.
// Every request has a 5 s timeout and the whole run a hard deadline.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
  return pairs;
}, []));
const BIN = path.resolve(args.bin || path.join(ROOT, 'build/src/cli/stackwise'));
const SECONDS = Number(args.seconds || 60);
const WORKERS = Number(args.workers || 16);
const KILL_AT = Number(args['kill-at'] || SECONDS / 2);
const REQUEST_TIMEOUT_MS = 5000;

const SKILLS = ['python', 'typescript', 'go', 'ruby', 'java', 'csharp', 'elixir', 'rust', 'php'];
const LEVELS = ['basic', 'working', 'expert'];
const AI = ['none', 'planned', 'core'];
const KINDS = ['saas', 'crud', 'consumer', 'devtools', 'analytics', 'marketplace'];

function profile(n) {
  return {
    team: [{ name: `M${n}`, skills: { [SKILLS[n % 9]]: LEVELS[n % 3], [SKILLS[(n >> 2) % 9]]: 'working' } }],
    product: { ai_ml: AI[(n >> 1) % 3], kind: KINDS[n % 6], expected_peak_rps: 10 + (n % 5000) },
    company: { engineers_now: 1 + (n % 5), engineers_in_12_months: 5 + (n % 20) },
  };
}

let server = null;
let base = null;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackwise-load-'));
const db = path.join(dir, 'load.db');

async function start() {
  const child = spawn(BIN, ['serve', '--host', '127.0.0.1', '--port', '0', '--db', db,
    '--creations-per-hour', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    const match = out.match(/serving on (http:\/\/127\.0\.0\.1:\d+)\//);
    if (match) {
      server = child;
      base = match[1];
      return;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not start');
}

const stats = {};
function record(op, status, ms) {
  const s = stats[op] ||= { count: 0, statuses: {}, latencies: [] };
  s.count += 1;
  s.statuses[status] = (s.statuses[status] || 0) + 1;
  if (typeof status === 'number') s.latencies.push(ms);
}

async function call(op, method, url, body, headers = {}) {
  const started = performance.now();
  try {
    const response = await fetch(base + url, {
      method,
      headers: body ? { 'Content-Type': 'application/json', ...headers } : headers,
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    record(op, response.status, performance.now() - started);
    return { status: response.status, text };
  } catch {
    record(op, 'error', 0);
    return { status: 'error' };
  }
}

// id -> {token, title, deleted, maybe: states unacknowledged writes may have left}
const model = new Map();
let running = true;
let counter = 0;

// A 404 for an id of ours: an unacknowledged delete landed; otherwise the
// server lost an acknowledged assessment.
function settleNotFound(entry) {
  if (!entry.maybe.some((m) => m.deleted)) stats.unexpected_404 = (stats.unexpected_404 || 0) + 1;
  Object.assign(entry, { deleted: true, maybe: [] });
}

async function worker(index) {
  const mine = [];
  while (running) {
    const roll = Math.random();
    const n = counter++;
    const live = mine.filter((id) => !model.get(id).deleted);
    const pick = live.length ? live[Math.floor(Math.random() * live.length)] : null;
    if (roll < 0.4 || (roll >= 0.6 && !pick)) {
      await call('recommend', 'POST', '/api/v1/recommendations', profile(n));
    } else if (roll < 0.6) {
      const title = `w${index} n${n}`;
      const r = await call('create', 'POST', '/api/v1/assessments', { title, profile: profile(n) });
      if (r.status === 201) {
        const created = JSON.parse(r.text);
        model.set(created.id, { token: created.edit_token, title, deleted: false, maybe: [] });
        mine.push(created.id);
      }
    } else if (roll < 0.8) {
      const r = await call('read', 'GET', `/api/v1/assessments/${pick}`);
      const entry = model.get(pick);
      if (r.status === 200) {
        const title = JSON.parse(r.text).title;
        if (title !== entry.title && !entry.maybe.some((m) => !m.deleted && m.title === title)) {
          stats.inconsistent_reads = (stats.inconsistent_reads || 0) + 1;
        }
        Object.assign(entry, { title, maybe: [] });
      } else if (r.status === 404) {
        settleNotFound(entry);
      }
    } else if (roll < 0.9) {
      const entry = model.get(pick);
      const title = `w${index} n${n} edited`;
      entry.maybe.push({ title, deleted: false });
      const r = await call('update', 'PUT', `/api/v1/assessments/${pick}`, { title, profile: profile(n + 1) },
        { Authorization: `Bearer ${entry.token}` });
      if (r.status === 200) {
        Object.assign(entry, { title, maybe: [] });
      } else if (r.status === 404) {
        settleNotFound(entry);
      }
    } else {
      const entry = model.get(pick);
      entry.maybe.push({ title: entry.title, deleted: true });
      const r = await call('delete', 'DELETE', `/api/v1/assessments/${pick}`, null,
        { Authorization: `Bearer ${entry.token}` });
      if (r.status === 204) {
        Object.assign(entry, { deleted: true, maybe: [] });
      } else if (r.status === 404) {
        settleNotFound(entry);
      }
    }
    if (!server) await new Promise((r) => setTimeout(r, 20));
  }
}

function percentile(sorted, p) {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const hardDeadline = setTimeout(() => { console.error('hard deadline passed'); process.exit(2); },
    (SECONDS + 120) * 1000);
  await start();
  const began = Date.now();
  const workers = Array.from({ length: WORKERS }, (_, i) => worker(i));
  let restartMs = 0;
  await new Promise((r) => setTimeout(r, KILL_AT * 1000));
  const killed = server;
  server = null;
  killed.kill('SIGKILL');
  await new Promise((r) => killed.once('exit', r));
  const restartBegan = Date.now();
  await start();
  restartMs = Date.now() - restartBegan;
  await new Promise((r) => setTimeout(r, Math.max(0, began + SECONDS * 1000 - Date.now())));
  running = false;
  await Promise.all(workers);
  const elapsed = (Date.now() - began) / 1000;

  // Verify every acknowledged write on the restarted server.
  let checked = 0;
  let lost = 0;
  let ambiguous = 0;
  for (const [id, entry] of model) {
    const r = await call('verify', 'GET', `/api/v1/assessments/${id}`);
    checked += 1;
    const got = r.status === 200 ? { deleted: false, title: JSON.parse(r.text).title }
      : r.status === 404 ? { deleted: true } : null;
    const matches = (want) => got && got.deleted === want.deleted && (want.deleted || got.title === want.title);
    if (matches(entry)) continue;
    if (entry.maybe.some(matches)) {
      ambiguous += 1;
      continue;
    }
    lost += 1;
    console.log(`LOST ${id}: expected ${JSON.stringify(entry)}, got ${r.status} ${r.text?.slice(0, 80)}`);
  }
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  clearTimeout(hardDeadline);
  fs.rmSync(dir, { recursive: true, force: true });

  console.log(`mixed load: ${WORKERS} workers, ${elapsed.toFixed(1)} s, kill -9 at ${KILL_AT} s, restart took ${restartMs} ms`);
  let total = 0;
  for (const [op, s] of Object.entries(stats)) {
    if (typeof s !== 'object' || op === 'verify') continue;
    total += s.count;
    const sorted = s.latencies.sort((a, b) => a - b);
    console.log(`  ${op.padEnd(9)} ${String(s.count).padStart(7)}  ${JSON.stringify(s.statuses)}  ` +
      `p50 ${percentile(sorted, 50).toFixed(1)} ms  p99 ${percentile(sorted, 99).toFixed(1)} ms`);
  }
  console.log(`  total     ${String(total).padStart(7)}  (${(total / elapsed).toFixed(0)} req/s)`);
  console.log(`  reads that disagreed with the last acknowledged write: ${stats.inconsistent_reads || 0}`);
  console.log(`  404s for assessments that had no unacknowledged delete: ${stats.unexpected_404 || 0}`);
  console.log(`verified ${checked} assessments after the restart: ${lost} lost, ` +
    `${ambiguous} whose unacknowledged in-flight write landed`);
  process.exit(lost === 0 && !stats.inconsistent_reads && !stats.unexpected_404 ? 0 : 1);
}

main();
