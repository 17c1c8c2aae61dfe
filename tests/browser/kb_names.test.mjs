// The page names languages and stacks as the knowledge base the server runs
// does: started with `serve --kb` on a copy of the built-in base whose
// Node.js stack and TypeScript are renamed, every page shows the new names
// (the questionnaire, a saved assessment, a group decision's form). When
// the knowledge base cannot be loaded, the page says so instead of showing
// a form without languages or stacks.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { namesFromKb } from '../../web/kb_names.js';
import { assertNoProblems, openPage, questionnaire, setTeam, startStack } from './helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const STACK_NAME = 'Server-side JavaScript';
const STACK_LABEL = `${STACK_NAME} (Express / Fastify / NestJS)`;
const LANGUAGE_NAME = 'TypeScript (typed JavaScript)';

function replaceOnce(text, from, to) {
  assert.equal(text.split(from).length, 2, `${from} occurs once in the knowledge base`);
  return text.replace(from, to);
}

// The built-in knowledge base with Node.js and TypeScript renamed.
function writeRenamedKb(dir) {
  let toml = fs.readFileSync(path.join(ROOT, 'knowledge/knowledge-base.toml'), 'utf8');
  toml = replaceOnce(toml, 'name = "Node.js"\n', `name = "${STACK_NAME}"\n`);
  toml = replaceOnce(toml, '{ id = "typescript", name = "TypeScript" }',
    `{ id = "typescript", name = "${LANGUAGE_NAME}" }`);
  const file = path.join(dir, 'renamed.toml');
  fs.writeFileSync(file, toml);
  return file;
}

async function post(stack, url, body) {
  const response = await fetch(stack.base + url, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  assert.equal(response.status, 201, `POST ${url}`);
  return response.json();
}

const optionText = (select, value) => select.locator(`option[value="${value}"]`).textContent();

test('a stack is labelled with its default framework first, then the others once', () => {
  const kb = {
    enums: { language: ['ruby', 'javascript', 'typescript'] },
    stacks: [
      { id: 'ruby', name: 'Ruby on Rails', language_names: { ruby: 'Ruby' },
        frameworks: [{ name: 'Rails', default: true }] },
      { id: 'node', name: 'Node.js', language_names: { javascript: 'JavaScript', typescript: 'TypeScript' },
        frameworks: [{ name: 'Fastify', default: false }, { name: 'Express', default: true },
          { name: 'Fastify', default: false }] },
    ],
  };
  assert.deepEqual(namesFromKb(kb), {
    languages: [['ruby', 'Ruby'], ['javascript', 'JavaScript'], ['typescript', 'TypeScript']],
    stacks: [['ruby', 'Ruby on Rails'], ['node', 'Node.js (Express / Fastify)']],
    stackNames: [['ruby', 'Ruby on Rails'], ['node', 'Node.js']],
  });
  assert.throws(() => namesFromKb({ stacks: [] }),
    /^ApiError: The server sent a knowledge base this page cannot read\.$/);
});

describe('names from a knowledge base given with --kb', () => {
  let dir;
  let stack;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackwise-kb-names-'));
    stack = await startStack({ kb: writeRenamedKb(dir) });
  });
  after(async () => {
    await stack?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the questionnaire offers the renamed stack and language', async () => {
    const { context, page } = await openPage(stack);
    await questionnaire(page);
    const leaning = page.getByLabel('The stack you lean toward', { exact: true });
    assert.equal(await optionText(leaning, 'node'), STACK_LABEL);
    assert.equal(await optionText(leaning, 'ruby'), 'Ruby on Rails');
    assert.equal(await optionText(page.getByLabel('Language of the current backend', { exact: true }),
      'typescript'), LANGUAGE_NAME);
    await page.getByRole('group', { name: /^Backend languages you plan to use/ })
      .getByRole('checkbox', { name: LANGUAGE_NAME, exact: true }).waitFor({ state: 'attached' });

    await setTeam(page, [{ name: 'Ana', skills: { typescript: 'expert' } }]);
    const skill = page.getByTestId('skill').first();
    assert.equal(await optionText(skill.getByLabel('Language of team member 1'), 'typescript'), LANGUAGE_NAME);
    await skill.getByLabel(`${LANGUAGE_NAME} level of team member 1`).waitFor();
    assertNoProblems(page);
    await context.close();
  });

  test('a saved assessment words its answers with the renamed names', async () => {
    const saved = await post(stack, '/api/v1/assessments', {
      title: 'Renamed',
      profile: { team: [{ name: 'Ana', skills: { typescript: 'expert' } }], leaning: { stack: 'node', reasons: [] } },
    });
    const { context, page } = await openPage(stack, { path: `/a/${saved.id}` });
    const answers = page.getByTestId('answers');
    await answers.waitFor();
    assert.equal(await answers.locator('[data-path="team"] li').textContent(), `Ana: ${LANGUAGE_NAME} expert`);
    assert.equal(await answers.locator('[data-path="leaning.stack"] dd span').textContent(), STACK_NAME);
    assertNoProblems(page);
    await context.close();
  });

  test('a group decision\'s form offers the renamed stack and language', async () => {
    const group = await post(stack, '/api/v1/groups', { title: 'Renamed' });
    const { context, page } = await openPage(stack, { path: `/g/${group.id}#invite=${group.invite_token}` });
    const form = page.getByTestId('answer-form');
    await form.waitFor();
    assert.equal(await optionText(form.getByLabel('Which stack do you lean toward?'), 'node'), STACK_LABEL);
    assert.equal(await optionText(form.getByLabel('Language 1', { exact: true }), 'typescript'), LANGUAGE_NAME);
    assertNoProblems(page);
    await context.close();
  });
});

describe('a knowledge base that cannot be loaded', () => {
  let stack;
  before(async () => { stack = await startStack(); });
  after(async () => { await stack?.stop(); });

  for (const address of ['/', '/g/new']) {
    test(`${address} says why it cannot start instead of showing an empty form`, async () => {
      const context = await stack.browser.newContext();
      const page = await context.newPage();
      await page.route('**/api/v1/knowledge-base', (route) => route.fulfill({
        status: 503, contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'unavailable', message: 'The knowledge base is being replaced.' } }),
      }));
      await page.goto(stack.base + address);
      const problem = page.getByTestId('kb-problem');
      await problem.waitFor();
      assert.equal(await problem.getByRole('heading').textContent(), 'stackwise could not start');
      assert.equal(await problem.locator('p').textContent(),
        'The server did not send the list of languages and stacks: The knowledge base is being replaced.');
      assert.equal(await page.getByTestId('questionnaire').count(), 0);
      assert.equal(await page.getByTestId('create-group').count(), 0);
      assert.equal(await page.title(), 'stackwise could not start');
      await context.close();
    });
  }
});
