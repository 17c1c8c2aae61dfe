// Every endpoint of DESIGN §2 against the real binary: statuses, shapes,
// tokens, the ADR, the page and its assets, the OpenAPI document.
// Plumbing only: the engine's conclusions are tested elsewhere.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  PROFILE, createAssessment, expectError, postJson, startServer,
} from './helpers.mjs';

let server;
before(async () => { server = await startServer({ args: ['--creations-per-hour', '0'] }); });
after(async () => { await server.stop(); });

const ROUTES = [
  ['post', '/api/v1/recommendations'],
  ['post', '/api/v1/assessments'],
  ['get', '/api/v1/assessments/{id}'],
  ['put', '/api/v1/assessments/{id}'],
  ['delete', '/api/v1/assessments/{id}'],
  ['get', '/api/v1/assessments/{id}/adr.md'],
  ['post', '/api/v1/groups'],
  ['get', '/api/v1/groups/{id}'],
  ['delete', '/api/v1/groups/{id}'],
  ['post', '/api/v1/groups/{id}/responses'],
  ['get', '/api/v1/groups/{id}/adr.md'],
  ['get', '/api/v1/knowledge-base'],
  ['get', '/healthz'],
  ['get', '/openapi.json'],
  ['get', '/api/v1/schemas/{id}'],
  ['get', '/'],
  ['get', '/a/{id}'],
  ['get', '/g/{id}'],
  ['get', '/assets/{path}'],
];

describe('recommendations', () => {
  test('a profile gives the result JSON', async () => {
    const response = await postJson(server.base, '/api/v1/recommendations', PROFILE);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json');
    const result = await response.json();
    assert.equal(result.schema_version, 1);
    assert.equal(typeof result.recommendation.stack, 'string');
    assert.ok(Array.isArray(result.ranking));
    assert.equal(typeof result.knowledge_base.version, 'string');
  });

  test('an invalid profile is 400 naming the field', async () => {
    const response = await postJson(server.base, '/api/v1/recommendations', { product: { ai_ml: 'yes' } });
    const error = await expectError(response, 400, 'invalid_argument', 'product.ai_ml');
    assert.equal(error.message, 'expected one of none, planned, core; got "yes"');
  });

  test('malformed JSON is 400 with its position', async () => {
    const response = await postJson(server.base, '/api/v1/recommendations', '{"team": [}');
    const error = await expectError(response, 400, 'invalid_argument');
    assert.match(error.message, /^malformed JSON at byte 11\b/);
  });

  test('a body that is not JSON is 415', async () => {
    const response = await fetch(`${server.base}/api/v1/recommendations`, {
      method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(PROFILE),
    });
    await expectError(response, 415, 'unsupported_media_type');
    const none = await fetch(`${server.base}/api/v1/recommendations`, { method: 'POST', body: new Uint8Array([123, 125]) });
    await expectError(none, 415, 'unsupported_media_type');
  });

  test('a body over 64 KiB is 413', async () => {
    const big = JSON.stringify({ team: [{ name: 'x'.repeat(70 * 1024), skills: {} }] });
    const response = await postJson(server.base, '/api/v1/recommendations', big);
    await expectError(response, 413, 'payload_too_large');
  });

  test('a body just under 64 KiB is read', async () => {
    const padded = JSON.stringify(PROFILE).padEnd(64 * 1024 - 10, ' ');
    const response = await postJson(server.base, '/api/v1/recommendations', padded);
    assert.equal(response.status, 200);
  });
});

describe('assessments', () => {
  test('create is 201 with id, edit token and result; get returns it without the token', async () => {
    const response = await postJson(server.base, '/api/v1/assessments', { title: 'Acme', profile: PROFILE });
    assert.equal(response.status, 201);
    const created = await response.json();
    assert.match(created.id, /^[A-Za-z0-9_-]{16}$/);
    assert.match(created.edit_token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(response.headers.get('location'), `/api/v1/assessments/${created.id}`);
    assert.equal(created.result.schema_version, 1);

    const got = await fetch(`${server.base}/api/v1/assessments/${created.id}`);
    assert.equal(got.status, 200);
    const saved = await got.json();
    assert.deepEqual(Object.keys(saved),
      ['id', 'title', 'created_at', 'updated_at', 'knowledge_base_version', 'profile', 'result']);
    assert.equal(saved.title, 'Acme');
    assert.equal(saved.created_at, saved.updated_at);
    assert.match(saved.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(saved.knowledge_base_version, created.result.knowledge_base.version);
    assert.deepEqual(saved.result, created.result);
    assert.equal(saved.profile.team[0].skills.python, 'expert');
  });

  test('ids and tokens differ between assessments', async () => {
    const a = await createAssessment(server.base, 'A');
    const b = await createAssessment(server.base, 'B');
    assert.notEqual(a.id, b.id);
    assert.notEqual(a.edit_token, b.edit_token);
  });

  test('update needs the token: missing 401, wrong 403, right 200', async () => {
    const created = await createAssessment(server.base, 'Before');
    const url = `${server.base}/api/v1/assessments/${created.id}`;
    const body = JSON.stringify({ title: 'After', profile: { team: [] } });
    const headers = { 'Content-Type': 'application/json' };

    const missing = await fetch(url, { method: 'PUT', headers, body });
    await expectError(missing, 401, 'unauthenticated');
    assert.equal(missing.headers.get('www-authenticate'), 'Bearer');
    await expectError(await fetch(url, { method: 'PUT', headers: { ...headers, Authorization: 'Basic abc' }, body }),
      401, 'unauthenticated');
    await expectError(await fetch(url, { method: 'PUT', headers: { ...headers, Authorization: `Bearer x${created.edit_token}` }, body }),
      403, 'permission_denied');
    assert.equal((await (await fetch(url)).json()).title, 'Before');

    const ok = await fetch(url, { method: 'PUT', headers: { ...headers, Authorization: `Bearer ${created.edit_token}` }, body });
    assert.equal(ok.status, 200);
    const updated = await ok.json();
    assert.equal(updated.title, 'After');
    assert.equal(updated.created_at, created.created_at);
    assert.deepEqual(updated.profile.team, []);
    assert.equal((await (await fetch(url)).json()).title, 'After');
  });

  test('update validates the body like create', async () => {
    const created = await createAssessment(server.base);
    const url = `${server.base}/api/v1/assessments/${created.id}`;
    const auth = { Authorization: `Bearer ${created.edit_token}` };
    await expectError(await fetch(url, { method: 'PUT', headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'x', profile: { product: { realtime: 'always' } } }) }),
    400, 'invalid_argument', 'profile.product.realtime');
    await expectError(await fetch(url, { method: 'PUT', headers: { ...auth, 'Content-Type': 'text/plain' }, body: '{}' }),
      415, 'unsupported_media_type');
  });

  test('delete needs the token: missing 401, wrong 403, right 204 and then 404', async () => {
    const created = await createAssessment(server.base);
    const url = `${server.base}/api/v1/assessments/${created.id}`;
    await expectError(await fetch(url, { method: 'DELETE' }), 401, 'unauthenticated');
    await expectError(await fetch(url, { method: 'DELETE', headers: { Authorization: 'Bearer nope' } }), 403, 'permission_denied');
    const deleted = await fetch(url, { method: 'DELETE', headers: { Authorization: `Bearer ${created.edit_token}` } });
    assert.equal(deleted.status, 204);
    assert.equal(await deleted.text(), '');
    await expectError(await fetch(url), 404, 'not_found');
    await expectError(await fetch(url, { method: 'DELETE', headers: { Authorization: `Bearer ${created.edit_token}` } }),
      404, 'not_found');
  });

  test('create refuses a bad title, unknown fields and a bad profile', async () => {
    const post = (body) => postJson(server.base, '/api/v1/assessments', body);
    await expectError(await post({ title: '', profile: PROFILE }), 400, 'invalid_argument', 'title');
    await expectError(await post({ profile: PROFILE }), 400, 'invalid_argument', 'title');
    await expectError(await post({ title: 't' }), 400, 'invalid_argument', 'profile');
    await expectError(await post({ title: 't', profile: PROFILE, owner: 'me' }), 400, 'invalid_argument', 'owner');
    await expectError(await post({ title: 't', profile: { team: [{ skills: { cobol: 'expert' } }] } }),
      400, 'invalid_argument', 'profile.team[0].skills.cobol');
    const malformed = await expectError(await post('{"title": "t", "profile": '), 400, 'invalid_argument');
    assert.match(malformed.message, /^malformed JSON at byte \d+ \(line 1, column \d+\)/);
  });

  test('unknown ids are 404 for every method', async () => {
    const url = `${server.base}/api/v1/assessments/AAAAAAAAAAAAAAAA`;
    await expectError(await fetch(url), 404, 'not_found');
    await expectError(await fetch(`${url}/adr.md`), 404, 'not_found');
    await expectError(await fetch(`${server.base}/api/v1/assessments/..%2F..%2Fetc%2Fpasswd`), 404, 'not_found');
    await expectError(await fetch(url, { method: 'DELETE', headers: { Authorization: 'Bearer x' } }), 404, 'not_found');
  });

  test('the ADR is Markdown titled and named by its decision', async () => {
    const created = await createAssessment(server.base, 'Backend for Acme');
    const response = await fetch(`${server.base}/api/v1/assessments/${created.id}/adr.md`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/markdown; charset=utf-8');
    const text = await response.text();
    const title = text.split('\n')[0];
    assert.match(title, /^# Use .+ for the backend$/);
    const kebab = title.slice(2).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    assert.equal(response.headers.get('content-disposition'), `attachment; filename="0001-${kebab}.md"`);
    assert.ok(!text.includes('Backend for Acme'));
  });
});

describe('routes', () => {
  test('an unknown route is a JSON 404', async () => {
    await expectError(await fetch(`${server.base}/nope`), 404, 'not_found');
    await expectError(await fetch(`${server.base}/api/v2/recommendations`), 404, 'not_found');
  });

  test('a wrong method is 405 with Allow', async () => {
    const get = await fetch(`${server.base}/api/v1/recommendations`);
    await expectError(get, 405, 'method_not_allowed');
    assert.equal(get.headers.get('allow'), 'POST');
    const patch = await fetch(`${server.base}/api/v1/assessments/AAAAAAAAAAAAAAAA`, { method: 'PATCH' });
    await expectError(patch, 405, 'method_not_allowed');
    assert.equal(patch.headers.get('allow'), 'GET, HEAD, PUT, DELETE');
    const post = await fetch(`${server.base}/healthz`, { method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD');
  });

  test('healthz and the knowledge base answer', async () => {
    const health = await (await fetch(`${server.base}/healthz`)).json();
    assert.equal(health.status, 'ok');
    const kb = await fetch(`${server.base}/api/v1/knowledge-base`);
    assert.equal(kb.status, 200);
    assert.equal(typeof (await kb.json()), 'object');
  });

  test('every response carries the security headers', async () => {
    const responses = await Promise.all([
      fetch(`${server.base}/`),
      fetch(`${server.base}/healthz`),
      fetch(`${server.base}/nope`),
      fetch(`${server.base}/assets/app.js`),
      postJson(server.base, '/api/v1/recommendations', '{'),
    ]);
    for (const response of responses) {
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
      const csp = response.headers.get('content-security-policy');
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /object-src 'none'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.match(csp, /base-uri 'none'/);
    }
  });

  test('the page is served at / and /a/{id}, its files under /assets/', async () => {
    const index = await fetch(`${server.base}/`);
    assert.equal(index.status, 200);
    assert.equal(index.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(index.headers.get('cache-control'), 'no-cache');
    const html = await index.text();
    assert.match(html, /<html/);
    const shared = await fetch(`${server.base}/a/AAAAAAAAAAAAAAAA`);
    assert.equal(shared.status, 200);
    assert.equal(await shared.text(), html);

    for (const [, asset] of html.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)) {
      const response = await fetch(`${server.base}/assets/${asset}`);
      assert.equal(response.status, 200, asset);
      const type = asset.endsWith('.js') ? 'text/javascript; charset=utf-8'
        : asset.endsWith('.css') ? 'text/css; charset=utf-8' : null;
      if (type) assert.equal(response.headers.get('content-type'), type);
      const etag = response.headers.get('etag');
      const again = await fetch(`${server.base}/assets/${asset}`, { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304);
    }
    await expectError(await fetch(`${server.base}/assets/nope.js`), 404, 'not_found');
    await expectError(await fetch(`${server.base}/assets/..%2F..%2FCMakeLists.txt`), 404, 'not_found');
  });

  test('openapi.json is OpenAPI 3.1 and documents every route', async () => {
    const response = await fetch(`${server.base}/openapi.json`);
    assert.equal(response.status, 200);
    const doc = await response.json();
    assert.match(doc.openapi, /^3\.1\./);
    for (const [method, path] of ROUTES) {
      assert.ok(doc.paths[path], `${path} is not documented`);
      assert.ok(doc.paths[path][method], `${method.toUpperCase()} ${path} is not documented`);
    }
    // And nothing documented is missing from the server.
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of Object.keys(item).filter((k) => k !== 'parameters')) {
        assert.ok(ROUTES.some(([m, p]) => m === method && p === path), `${method} ${path} is not a route`);
      }
    }
  });

  test('each request is one access-log line', async () => {
    await fetch(`${server.base}/healthz?probe=log`);
    const deadline = Date.now() + 2000;
    let line;
    while (!line && Date.now() < deadline) {
      line = server.stderr.join('').split('\n').find((l) => l.includes('probe=log'));
      if (!line) await new Promise((r) => setTimeout(r, 20));
    }
    const record = JSON.parse(line);
    assert.equal(record.method, 'GET');
    assert.equal(record.path, '/healthz?probe=log');
    assert.equal(record.status, 200);
    assert.equal(typeof record.duration_ms, 'number');
  });
});
