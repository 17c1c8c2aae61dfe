// docs/schema/ with ajv: every example profile, and the JSON result the CLI
// prints for each (one founder and several), match their schemas.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, schemaValidator } from '../http/contract.mjs';
import { BIN } from '../http/helpers.mjs';

const EXAMPLES = path.join(ROOT, 'examples');
const examples = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')).sort()
  .map((f) => path.join(EXAMPLES, f));

function recommend(...profiles) {
  const args = ['recommend', '--format', 'json', ...profiles.flatMap((p) => ['--profile', p])];
  return JSON.parse(execFileSync(BIN, args, { encoding: 'utf8' }));
}

test('every example profile matches profile.schema.json', () => {
  const validate = schemaValidator('profile');
  assert.ok(examples.length >= 10);
  for (const file of examples) validate(JSON.parse(fs.readFileSync(file, 'utf8')), path.basename(file));
});

test('the result for every example matches result.schema.json', () => {
  const validate = schemaValidator('result');
  for (const file of examples) {
    const result = recommend(file);
    assert.equal(result.schema_minor, 1);
    validate(result, `the result for ${path.basename(file)}`);
  }
});

test('a result for several founders, with founders and disagreements, matches', () => {
  const validate = schemaValidator('result');
  const result = recommend(examples[0], examples[1], examples[2]);
  assert.equal(result.schema_minor, 2);
  assert.equal(result.founders.length, 3);
  validate(result, 'the result for three founders');
});

test('a result that breaks the schema is rejected', () => {
  const validate = schemaValidator('result');
  const result = recommend(examples[0]);
  result.ranking[0].score = 101;
  assert.throws(() => validate(result, 'the edited result'),
    /the edited result does not match its schema: body\/ranking\/0\/score must be <= 100/);
  const single = recommend(examples[0]);
  single.founders = [];
  assert.throws(() => validate(single, 'a one-founder result with founders'),
    /body\/founders boolean schema is false/);
});
