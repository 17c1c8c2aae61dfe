// Deciding together over real HTTP: founders answer with the invite token,
// the combined decision says which disagreement matters, a third founder
// changes it, and every acknowledged answer survives kill -9.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { expectError, postJson, startServer, tempDir } from './helpers.mjs';

const dir = tempDir();
let server;
before(async () => { server = await startServer({ db: path.join(dir, 'group.db') }); });
after(async () => {
  if (server) await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

// A founder (a JavaScript expert unless told) with their own view of AI/ML
// and hiring.
function founder(name, ai_ml, hiring_region = 'global', skills = { javascript: 'expert' }) {
  return {
    name,
    profile: {
      team: [{ name, skills }],
      product: { ai_ml },
      company: { hiring_region },
    },
  };
}

async function createGroup(base, title = 'Acme backend') {
  const response = await postJson(base, '/api/v1/groups', { title });
  assert.equal(response.status, 201);
  assert.match(response.headers.get('location'), /^\/api\/v1\/groups\/[A-Za-z0-9_-]{16}$/);
  return response.json();
}

function answer(base, group, body, token = group.invite_token) {
  return postJson(base, `/api/v1/groups/${group.id}/responses`, body,
    { Authorization: `Bearer ${token}` });
}

async function answered(base, group, body, status = 201) {
  const response = await answer(base, group, body);
  assert.equal(response.status, status, await response.clone().text());
  return response.json();
}

test('AI/ML decides between Node.js and Python, and a third founder changes the decision', async () => {
  const { base } = server;
  const group = await createGroup(base);
  assert.notEqual(group.invite_token, group.edit_token);
  assert.equal(group.result, null);

  await answered(base, group, founder('Ana', 'none'));
  const two = await answered(base, group, founder('Ben', 'core'));
  assert.deepEqual(two.result.founders.map((f) => [f.name, f.stack]), [['Ana', 'node'], ['Ben', 'python']]);
  const [ai] = two.result.disagreements;
  assert.equal(ai.field, 'product.ai_ml');
  assert.equal(ai.changes_winner, true);
  assert.deepEqual(ai.winners.map((w) => [w.value, w.stack]), [['none', 'node'], ['core', 'python']]);

  assert.equal(two.result.recommendation.stack, 'node');

  // A third founder, a Python expert, joins by the invite link and sides
  // with Ben: the combined decision moves to Python.
  const three = await answered(base, group, founder('Cleo', 'core', 'global', { python: 'expert' }));
  assert.equal(three.responses.length, 3);
  assert.equal(three.result.recommendation.stack, 'python');

  const read = await (await fetch(`${base}/api/v1/groups/${group.id}`)).json();
  assert.deepEqual(read.responses.map((r) => [r.name, r.recommendation.stack]),
    [['Ana', 'node'], ['Ben', 'python'], ['Cleo', 'python']]);
  assert.deepEqual(read.result, three.result);
  assert.equal(JSON.stringify(read).includes('_token'), false);

  const adr = await fetch(`${base}/api/v1/groups/${group.id}/adr.md`);
  assert.equal(adr.status, 200);
  const markdown = await adr.text();
  assert.match(markdown, /^- Deciders: Ana, Ben, Cleo$/m);
  assert.match(markdown, /^\* AI\/ML: Ana says none, Ben says core, Cleo says core\. .* The decision follows core, under which Python wins/m);
});

test('a disagreement that does not change the winner is said not to matter', async () => {
  const { base } = server;
  const group = await createGroup(base);
  await answered(base, group, founder('Ana', 'none'));
  const both = await answered(base, group, founder('Ben', 'none', 'europe'));
  assert.deepEqual(both.result.disagreements.map((d) => [d.field, d.changes_winner]),
    [['company.hiring_region', false]]);
  assert.match(both.result.disagreements[0].summary, /settling it does not change the winner/);
});

test('tokens: the invite token answers, only the edit token deletes, errors name the field', async () => {
  const { base } = server;
  const group = await createGroup(base);
  await expectError(await answer(base, group, founder('Ana', 'none'), group.edit_token), 403, 'permission_denied');
  await expectError(await postJson(base, `/api/v1/groups/${group.id}/responses`, founder('Ana', 'none')),
    401, 'unauthenticated');
  await expectError(await answer(base, group, { name: '', profile: {} }), 400, 'invalid_argument', 'name');
  await expectError(await answer(base, group, { name: 'Ana', profile: { product: { ai_ml: 'yes' } } }),
    400, 'invalid_argument', 'profile.product.ai_ml');
  await expectError(await postJson(base, '/api/v1/groups', { title: 'x'.repeat(201) }), 400, 'invalid_argument', 'title');

  await answered(base, group, founder('Ana', 'none'));
  const revised = await answered(base, group, founder('Ana', 'core'), 200);
  assert.equal(revised.responses.length, 1);

  const url = `${base}/api/v1/groups/${group.id}`;
  const withInvite = await fetch(url, { method: 'DELETE', headers: { Authorization: `Bearer ${group.invite_token}` } });
  await expectError(withInvite, 403, 'permission_denied');
  const deleted = await fetch(url, { method: 'DELETE', headers: { Authorization: `Bearer ${group.edit_token}` } });
  assert.equal(deleted.status, 204);
  await expectError(await fetch(url), 404, 'not_found');
});

test('every acknowledged answer survives kill -9, and no token is kept in the clear', async () => {
  const db = path.join(dir, 'durable.db');
  const first = await startServer({ db });
  const groups = [];
  for (let i = 0; i < 3; i++) groups.push(await createGroup(first.base, `Durable ${i}`));
  // Answers to all three at once, then a revision acknowledged just before the kill.
  await Promise.all(groups.flatMap((g) => [
    answered(first.base, g, founder('Ana', 'none')),
    answered(first.base, g, founder('Ben', 'core')),
  ]));
  await answered(first.base, groups[0], founder('Ana', 'planned'), 200);
  const { signal } = await first.kill9();
  assert.equal(signal, 'SIGKILL');

  const second = await startServer({ db });
  try {
    for (const g of groups) {
      const read = await fetch(`${second.base}/api/v1/groups/${g.id}`);
      assert.equal(read.status, 200, `${g.id} was lost`);
      const body = await read.json();
      assert.deepEqual(body.responses.map((r) => r.name).sort(), ['Ana', 'Ben']);
    }
    const revised = await (await fetch(`${second.base}/api/v1/groups/${groups[0].id}`)).json();
    assert.equal(revised.responses.find((r) => r.name === 'Ana').profile.product.ai_ml, 'planned');
    // The tokens still work after the restart: only their hashes were stored.
    await answered(second.base, groups[1], founder('Cleo', 'core'));
  } finally {
    await second.stop();
  }
  for (const file of fs.readdirSync(dir).filter((f) => f.startsWith('durable.db'))) {
    const bytes = fs.readFileSync(path.join(dir, file)).toString('latin1');
    for (const g of groups) {
      assert.ok(!bytes.includes(g.edit_token) && !bytes.includes(g.invite_token), `a token found in ${file}`);
    }
  }
});
