// Redocly CLI's recommended rules on the OpenAPI document as the server
// serves it (GET /openapi.json), with the JSON Schemas it refers to fetched
// from the same server.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { ROOT } from '../http/contract.mjs';
import { startServer } from '../http/helpers.mjs';

const REDOCLY = path.join(ROOT, 'node_modules/@redocly/cli/bin/cli.js');
// The project has chosen no licence yet, so info has none to name.
const ACCEPTED_WARNINGS = ['info-license'];

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

test('redocly lint --extends=recommended finds no error in GET /openapi.json', async () => {
  const run = await promisify(execFile)(process.execPath,
    [REDOCLY, 'lint', '--extends=recommended', '--format=json', `${server.base}/openapi.json`],
    {
      cwd: ROOT,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((failed) => failed);
  const report = JSON.parse(run.stdout);
  const problems = report.problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer})`);
  assert.equal(report.totals.errors, 0, problems.join('\n'));
  assert.deepEqual(report.problems.map((p) => p.ruleId).filter((id) => !ACCEPTED_WARNINGS.includes(id)), [],
    problems.join('\n'));
});
