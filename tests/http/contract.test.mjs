// The contract check itself: a server that answers outside openapi.json
// and its JSON Schemas makes the HTTP tests fail. A stand-in server on
// loopback answers with bodies the real one must never send.

import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { checkedFetch, startServer } from './helpers.mjs';

describe('responses are checked against the contract', () => {
  let fake;
  let base;
  let real;

  before(async () => {
    const answers = {
      '/healthz': [200, { status: 'ok' }],
      '/api/v1/recommendations': [200, { schema_version: 1, recommendation: { stack: 'cobol' } }],
      '/api/v1/assessments/AAAAAAAAAAAAAAAA': [200, { id: 'AAAAAAAAAAAAAAAA', title: 'Acme', edit_token: 'leaked' }],
      '/api/v1/knowledge-base': [201, {}],
      '/api/v1/schemas/profile.schema.json': [404, { error: { code: 'not_found' } }],
    };
    fake = http.createServer((req, res) => {
      const [status, body] = answers[req.url];
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    await new Promise((resolve) => fake.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${fake.address().port}`;
    real = await startServer();
  });

  after(async () => {
    fake.close();
    await real.stop();
  });

  test('a body missing a required field fails', async () => {
    await assert.rejects(checkedFetch(`${base}/healthz`),
      /GET \/healthz -> 200 does not match its schema: body must have required property 'knowledge_base_version'/);
  });

  test('a result with an unknown stack and missing sections fails', async () => {
    await assert.rejects(checkedFetch(`${base}/api/v1/recommendations`, { method: 'POST', body: '{}' }),
      /POST \/api\/v1\/recommendations -> 200 does not match its schema: .*body\/recommendation\/stack must be equal to one of the allowed values/);
  });

  test('a saved assessment that shows its edit token fails', async () => {
    await assert.rejects(checkedFetch(`${base}/api/v1/assessments/AAAAAAAAAAAAAAAA`),
      /must NOT have unevaluated properties/);
  });

  test('an undocumented status fails', async () => {
    await assert.rejects(checkedFetch(`${base}/api/v1/knowledge-base`),
      /GET \/api\/v1\/knowledge-base -> 201: status not documented for the operation/);
  });

  test('an error without the error shape fails', async () => {
    await assert.rejects(checkedFetch(`${base}/api/v1/schemas/profile.schema.json`),
      /body\/error must have required property 'message'/);
  });

  test('the real server serves each schema of docs/schema/ byte for byte', async () => {
    const fs = await import('node:fs');
    const { SCHEMA_DIR } = await import('./contract.mjs');
    for (const name of ['profile', 'result', 'assessment']) {
      const response = await fetch(`${real.base}/api/v1/schemas/${name}.schema.json`);
      assert.equal(response.status, 200);
      assert.equal(await response.text(), fs.readFileSync(`${SCHEMA_DIR}/${name}.schema.json`, 'utf8'));
    }
    const missing = await fetch(`${real.base}/api/v1/schemas/nope.json`);
    assert.equal(missing.status, 404);
    assert.match((await missing.json()).error.message, /^no schema nope\.json \(accepted: .*profile\.schema\.json/);
  });
});
