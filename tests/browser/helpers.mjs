// Shared plumbing for the browser tests: starts the real stackwise server on
// a free loopback port with a temporary database, launches Debian's
// Chromium through playwright-core, and fills the questionnaire the way a
// founder would (by label and role).

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { namesFromKb } from '../../web/kb_names.js';
import { REASONS, labelOf } from '../../web/labels.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = process.env.STACKWISE_BIN || path.join(ROOT, 'build/src/cli/stackwise');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 812 };

// Screenshots go to test-results/ (gitignored) unless told otherwise.
export const SHOTS_DIR = process.env.STACKWISE_SHOTS || path.join(ROOT, 'test-results', 'screenshots');

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitHealthy(base, child, logs) {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`stackwise exited with ${child.exitCode} before /healthz answered:\n${logs.join('')}`);
    }
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`stackwise did not answer /healthz within 15 s:\n${logs.join('')}`);
}

// The server, a browser and a way to stop both, and the names of the
// languages and stacks as the page builds them from the knowledge base.
// kb: a knowledge-base file for `serve --kb` instead of the built-in one.
export async function startStack({ kb } = {}) {
  assert.ok(fs.existsSync(BIN), `no stackwise binary at ${BIN}: build it or set STACKWISE_BIN`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackwise-browser-'));
  const port = await freePort();
  const logs = [];
  const server = spawn(BIN, ['serve', '--host', '127.0.0.1', '--port', String(port),
    '--db', path.join(dir, 'test.db'), ...(kb ? ['--kb', kb] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', (d) => logs.push(String(d)));
  server.stderr.on('data', (d) => logs.push(String(d)));
  const base = `http://127.0.0.1:${port}`;
  let names;
  try {
    await waitHealthy(base, server, logs);
    names = namesFromKb(await (await fetch(`${base}/api/v1/knowledge-base`)).json());
  } catch (err) {
    server.kill('SIGKILL');
    throw err;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    base,
    browser,
    names,
    async stop() {
      await browser.close();
      if (server.exitCode === null) {
        const exited = new Promise((r) => server.once('exit', r));
        server.kill('SIGTERM');
        const timer = setTimeout(() => server.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// A page in a fresh context (its own localStorage) that records console
// errors and CSP violations, which every test expects to be none.
export async function openPage(stack, { viewport = DESKTOP, path: urlPath = '/' } = {}) {
  const context = await stack.browser.newContext({ viewport, acceptDownloads: true });
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  page.problems = [];
  page.names = stack.names;
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // Expected failed requests (400/401/403/404 from the API) are logged by
    // Chromium as "Failed to load resource"; the tests assert their effect.
    if (/Failed to load resource/.test(m.text())) return;
    page.problems.push(`console: ${m.text()}`);
  });
  await page.goto(stack.base + urlPath);
  return { context, page };
}

export function assertNoProblems(page) {
  assert.deepEqual(page.problems, [], 'the page logged errors');
}

export async function questionnaire(page) {
  const form = page.getByTestId('questionnaire');
  await form.waitFor();
  return form;
}

function group(page, name) {
  return page.getByRole('group', { name });
}

// Replaces the team with `members`: [{name, skills: {python: 'expert'}}].
export async function setTeam(page, members) {
  const cards = page.getByTestId('member');
  while (await cards.count()) {
    await page.getByRole('button', { name: 'Remove team member 1' }).click();
  }
  for (const [i, member] of members.entries()) {
    await page.getByRole('button', { name: '+ Add a team member' }).click();
    const card = cards.nth(i);
    if (member.name) await card.getByLabel(/^Name/).fill(member.name);
    const entries = Object.entries(member.skills);
    for (const [j, [language, level]] of entries.entries()) {
      if (j > 0) await card.getByRole('button', { name: `Add a language for team member ${i + 1}` }).click();
      const row = card.getByTestId('skill').nth(j);
      await row.getByLabel(`Language of team member ${i + 1}`).selectOption(language);
      await row.getByRole('combobox').nth(1).selectOption(level);
    }
  }
}

const TITLES = {
  ai_ml: { none: 'No', planned: 'Planned', core: 'Core' },
  realtime: { none: 'No', some: 'Some', core: 'Core' },
  workload: { io_bound: 'Waiting on I/O', cpu_bound: 'Computing', mixed: 'A mix of both', unknown: 'Not sure yet' },
};

function choice(scope, key, value) {
  const title = TITLES[key][value];
  assert.ok(title, `no choice ${key}=${value}`);
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByRole('radio', { name: new RegExp(`^${escaped}`) });
}

// Answers the rest of the questionnaire with profile wire values; only the
// keys given are changed.
export async function answer(page, a) {
  if (a.ai_ml) await choice(group(page, 'Does your product have AI/ML requirements?'), 'ai_ml', a.ai_ml).check();
  if (a.realtime) await choice(group(page, 'Is real-time a core feature?'), 'realtime', a.realtime).check();
  if (a.workload) await choice(group(page, /^Most of the server/), 'workload', a.workload).check();
  if (a.kind) await page.getByLabel('Kind of product', { exact: true }).selectOption(a.kind);
  if (a.data_intensive !== undefined) await page.getByLabel(/^Data-intensive/).setChecked(a.data_intensive);
  if (a.engineers_now !== undefined) await page.getByLabel('Engineers today', { exact: true }).fill(String(a.engineers_now));
  if (a.engineers_in_12_months !== undefined) await page.getByLabel('Engineers in 12 months', { exact: true }).fill(String(a.engineers_in_12_months));
  if (a.hiring_region) await page.getByLabel('Hiring region', { exact: true }).selectOption(a.hiring_region);
  if (a.launched !== undefined) {
    await group(page, 'Is the product launched?').getByRole('radio', { name: a.launched ? /^Yes/ : /^Not yet/ }).check();
  }
  if (a.current_backend) await page.getByLabel('Language of the current backend', { exact: true }).selectOption(a.current_backend);
  for (const language of a.planned_languages || []) {
    await group(page, /^Backend languages you plan to use/)
      .getByRole('checkbox', { name: labelOf(page.names.languages, language), exact: true }).check();
  }
  if (a.leaning !== undefined) await page.getByLabel('The stack you lean toward', { exact: true }).selectOption(a.leaning || '');
  for (const reason of a.reasons || []) {
    await group(page, /^Why\?/).getByRole('checkbox', { name: labelOf(REASONS, reason), exact: true }).check();
  }
}

// Submits the questionnaire and waits for the result.
export async function submit(page) {
  await page.getByRole('button', { name: 'See my recommendation' }).click();
  const result = page.getByTestId('result');
  await result.waitFor();
  return result;
}

export async function recommendedStack(page) {
  return page.getByTestId('recommended-stack').getAttribute('data-stack');
}

// {id: status} of every checklist item shown.
export async function checklist(page) {
  const items = page.getByTestId('check');
  const out = {};
  for (let i = 0; i < await items.count(); i++) {
    const item = items.nth(i);
    out[await item.getAttribute('data-id')] = await item.getAttribute('data-status');
  }
  return out;
}

export async function warningIds(page) {
  return page.getByTestId('warning').evaluateAll((els) => els.map((e) => e.dataset.id));
}

export async function screenshot(page, name) {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  const file = path.join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
