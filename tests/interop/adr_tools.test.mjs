// Decision records as the ADR tools read them. log4brains (@log4brains/core,
// the library behind its knowledge base) reads the records `stackwise adr`
// writes into its docs/adr folder: title, status, date, deciders and the
// "superseded by" link. adr-tools' conventions are checked as its scripts
// apply them: the title is the first line without "# ", the file is
// NNNN-<title in lower-case words joined by dashes>.md, and a link to a
// record is read by the number its target starts with.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { Log4brains } from '@log4brains/core';
import { ROOT } from '../http/contract.mjs';
import { BIN } from '../http/helpers.mjs';

let dir;
let adrDir;

function adr(example, ...args) {
  const written = execFileSync(BIN, ['adr', '--profile', path.join(ROOT, 'examples', example),
    '--dir', adrDir, '--date', '2026-11-28', ...args], { encoding: 'utf8' }).trim();
  return path.basename(written);
}

async function log4brainsRecords() {
  const records = await Log4brains.create(dir).searchAdrs();
  return Object.fromEntries(records.map((r) => [r.slug, r]));
}

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackwise-adr-'));
  adrDir = path.join(dir, 'docs/adr');
  fs.writeFileSync(path.join(dir, '.log4brains.yml'),
    'project:\n  name: Acme\n  tz: Etc/UTC\n  adrFolder: ./docs/adr\n');
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('log4brains reads the title, status, date and deciders as written', async () => {
  const first = adr('python-team-ai-saas.json');
  assert.equal(first, '0001-use-python-with-fastapi-for-the-backend.md');
  const record = (await log4brainsRecords())['0001-use-python-with-fastapi-for-the-backend'];
  assert.equal(record.title, 'Use Python with FastAPI for the backend');
  assert.equal(record.status, 'proposed');
  assert.equal(record.publicationDate.slice(0, 10), '2026-11-28');
  assert.deepEqual(record.deciders, ['Ana', 'Ben']);
  assert.equal(record.supersededBy, null);
});

test('log4brains and adr-tools follow a superseded record to the one replacing it', async () => {
  const second = adr('rails-team-crud.json', '--supersedes', '0001');
  assert.match(second, /^0002-/);
  const records = await log4brainsRecords();
  const old = records['0001-use-python-with-fastapi-for-the-backend'];
  assert.equal(old.status, 'superseded');
  assert.equal(old.supersededBy, second.replace(/\.md$/, ''));
  const replacing = records[second.replace(/\.md$/, '')];
  assert.equal(replacing.status, 'proposed');

  // adr-tools: the title from the first line, the slug from the title, and
  // the link's record number from its target.
  for (const file of fs.readdirSync(adrDir)) {
    const text = fs.readFileSync(path.join(adrDir, file), 'utf8');
    const title = text.split('\n')[0].slice(2);
    const slug = title.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase().replace(/^-+|-+$/g, '');
    assert.equal(file, `${file.slice(0, 4)}-${slug}.md`);
  }
  const oldText = fs.readFileSync(path.join(adrDir, '0001-use-python-with-fastapi-for-the-backend.md'), 'utf8');
  const link = oldText.match(/^- Status: superseded by \[.*\]\(0*([1-9][0-9]*).*\)$/m);
  assert.equal(link?.[1], '2');
  const newText = fs.readFileSync(path.join(adrDir, second), 'utf8');
  assert.match(newText, /^Supersedes \[0001-use-python-with-fastapi-for-the-backend\]\(0001-use-python-with-fastapi-for-the-backend\.md\)\.$/m);
});

test('with --metadata front-matter the record opens with MADR 4 front matter instead', () => {
  const file = adr('go-team-api-gateway.json', '--metadata', 'front-matter');
  const text = fs.readFileSync(path.join(adrDir, file), 'utf8');
  assert.match(text, /^---\nstatus: proposed\ndate: 2026-11-28\n/);
  assert.doesNotMatch(text, /^- Status:/m);
});
