// The API's contract, checked with a real validator: src/http/openapi.json
// and the JSON Schemas of docs/schema/ it refers to, compiled by ajv
// (JSON Schema 2020-12, the dialect of OpenAPI 3.1).
//
// CheckResponse() fails when a response's status is not documented for its
// operation, its media type is not the documented one, or its body does not
// match the documented schema. helpers.mjs runs it on every response the
// HTTP tests receive, so the document and the server cannot drift apart.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCHEMA_DIR = path.join(ROOT, 'docs/schema');
export const OPENAPI = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/http/openapi.json'), 'utf8'));

// Where the document's absolute-path references ("/api/v1/schemas/...")
// resolve while testing: the server's origin stands in for any origin.
const ORIGIN = 'http://stackwise.test';
const DOCUMENT = `${ORIGIN}/openapi.json`;

function buildAjv() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // The OpenAPI document is not a schema; these keywords only hold the
  // schemas that JSON pointers reach into.
  ajv.addVocabulary(['openapi', 'info', 'servers', 'paths', 'components']);
  for (const file of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json'))) {
    const schema = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
    ajv.addSchema({ $id: `${ORIGIN}/api/v1/schemas/${file}`, ...schema });
  }
  ajv.addSchema({ $id: DOCUMENT, ...OPENAPI });
  return ajv;
}

const ajv = buildAjv();

function escapePointer(segment) {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function compiled(pointer) {
  const validate = ajv.getSchema(`${DOCUMENT}#${pointer}`);
  assert.ok(validate, `no schema at ${pointer} of openapi.json`);
  return validate;
}

function assertMatches(validate, value, what) {
  if (!validate(value)) {
    assert.fail(`${what} does not match its schema: ${ajv.errorsText(validate.errors, { dataVar: 'body' })}`);
  }
}

// A validator for one of docs/schema/: "profile", "result" or "assessment",
// optionally a definition in it ("assessment", "created").
export function schemaValidator(name, definition = null) {
  const id = `${ORIGIN}/api/v1/schemas/${name}.schema.json`;
  const validate = ajv.getSchema(definition ? `${id}#/$defs/${definition}` : id);
  assert.ok(validate, `no schema ${name}${definition ? `#${definition}` : ''}`);
  return (value, what = name) => assertMatches(validate, value, what);
}

// The documented operation for a method and a concrete path, with the
// pointer to its path item, or null.
function findOperation(method, pathname) {
  for (const [template, item] of Object.entries(OPENAPI.paths)) {
    const pattern = template
      .replace(/[.]/g, '\\.')
      .replace('{path}', '.+')
      .replace(/\{[^}]+\}/g, '[^/]+');
    if (new RegExp(`^${pattern}$`).test(pathname)) {
      return { template, operation: item[method] ?? null };
    }
  }
  return null;
}

function resolveResponse(response, pointer) {
  if (!response?.$ref) return { response, pointer };
  const name = response.$ref.replace('#/components/responses/', '');
  return { response: OPENAPI.components.responses[name], pointer: `/components/responses/${escapePointer(name)}` };
}

const ERROR_POINTER = '/components/schemas/Error';

// Checks a received response against the document. `body` is its text.
export function CheckResponse({ method, pathname, status, contentType, body }) {
  const verb = method.toLowerCase() === 'head' ? 'get' : method.toLowerCase();
  const what = `${method.toUpperCase()} ${pathname} -> ${status}`;
  const found = findOperation(verb, pathname);
  if (!found?.operation) {
    // The router's own answers for what the document does not list.
    assert.ok(status === 404 || status === 405, `${what}: the operation is not in openapi.json`);
    assertMatches(compiled(ERROR_POINTER), JSON.parse(body), what);
    return;
  }
  const responses = found.operation.responses;
  const key = [String(status), `${Math.floor(status / 100)}XX`, 'default'].find((k) => k in responses);
  if (!key) {
    // Any operation may meet the session's limits (431, 503) or a fault
    // (500); the document promises every error has the Error shape.
    assert.ok(status >= 400, `${what}: status not documented for the operation`);
    assertMatches(compiled(ERROR_POINTER), JSON.parse(body), what);
    return;
  }
  const { response, pointer } = resolveResponse(
    responses[key],
    `/paths/${escapePointer(found.template)}/${verb}/responses/${key}`);
  if (!response.content || verb !== method.toLowerCase() || status === 304) return;
  const mediaType = (contentType || '').split(';')[0].trim();
  assert.ok(mediaType in response.content,
    `${what}: Content-Type ${contentType} is not one of ${Object.keys(response.content).join(', ')}`);
  const schemaPointer = `${pointer}/content/${escapePointer(mediaType)}/schema`;
  const value = mediaType === 'application/json' ? JSON.parse(body) : body;
  assertMatches(compiled(schemaPointer), value, what);
}
