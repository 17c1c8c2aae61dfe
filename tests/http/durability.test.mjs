// What the store promises under stress: every assessment acknowledged with
// 201 survives kill -9 right after, and concurrent writers all land.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { PROFILE, postJson, startServer, tempDir } from './helpers.mjs';

// More creations than the per-client limit allows at once.
const UNLIMITED = ['--creations-per-hour', '0'];
const dir = tempDir();
after(() => fs.rmSync(dir, { recursive: true, force: true }));

async function createMany(base, count, prefix) {
  const responses = await Promise.all(Array.from({ length: count }, (_, i) =>
    postJson(base, '/api/v1/assessments', { title: `${prefix} ${i}`, profile: PROFILE })));
  const created = [];
  for (const response of responses) {
    assert.equal(response.status, 201);
    created.push(await response.json());
  }
  return created;
}

test('50 concurrent writers all succeed with distinct ids and are all readable', async () => {
  const server = await startServer({ db: path.join(dir, 'concurrent.db'), args: UNLIMITED });
  try {
    const created = await createMany(server.base, 50, 'Concurrent');
    assert.equal(new Set(created.map((c) => c.id)).size, 50);
    assert.equal(new Set(created.map((c) => c.edit_token)).size, 50);
    const reads = await Promise.all(created.map((c) => fetch(`${server.base}/api/v1/assessments/${c.id}`)));
    for (const [i, read] of reads.entries()) {
      assert.equal(read.status, 200);
      assert.equal((await read.json()).title, created[i].title);
    }
  } finally {
    await server.stop();
  }
});

test('every acknowledged assessment survives kill -9 and a restart', async () => {
  const db = path.join(dir, 'durable.db');
  const first = await startServer({ db, args: UNLIMITED });
  const created = await createMany(first.base, 40, 'Durable');
  // An update and a delete acknowledged just before the kill count too.
  const [edited, removed] = created;
  const put = await fetch(`${first.base}/api/v1/assessments/${edited.id}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${edited.edit_token}` },
    body: JSON.stringify({ title: 'Edited before the crash', profile: PROFILE }),
  });
  assert.equal(put.status, 200);
  const del = await fetch(`${first.base}/api/v1/assessments/${removed.id}`, {
    method: 'DELETE', headers: { Authorization: `Bearer ${removed.edit_token}` },
  });
  assert.equal(del.status, 204);
  const { signal } = await first.kill9();
  assert.equal(signal, 'SIGKILL');

  const second = await startServer({ db });
  try {
    for (const c of created.slice(2)) {
      const read = await fetch(`${second.base}/api/v1/assessments/${c.id}`);
      assert.equal(read.status, 200, `${c.id} was lost`);
      assert.equal((await read.json()).title, c.title);
    }
    assert.equal((await (await fetch(`${second.base}/api/v1/assessments/${edited.id}`)).json()).title,
      'Edited before the crash');
    assert.equal((await fetch(`${second.base}/api/v1/assessments/${removed.id}`)).status, 404);
    // The token still works after the restart: only its hash was stored.
    const c = created[2];
    const deleted = await fetch(`${second.base}/api/v1/assessments/${c.id}`, {
      method: 'DELETE', headers: { Authorization: `Bearer ${c.edit_token}` },
    });
    assert.equal(deleted.status, 204);
  } finally {
    await second.stop();
  }
});

test('the database keeps no edit token in the clear', async () => {
  const db = path.join(dir, 'tokens.db');
  const server = await startServer({ db });
  const created = await createMany(server.base, 3, 'Token');
  await server.stop();
  for (const file of fs.readdirSync(dir).filter((f) => f.startsWith('tokens.db'))) {
    const bytes = fs.readFileSync(path.join(dir, file)).toString('latin1');
    for (const c of created) assert.ok(!bytes.includes(c.edit_token), `token found in ${file}`);
    assert.ok(bytes.length === 0 || created.every((c) => !bytes.includes(c.edit_token)));
  }
});
