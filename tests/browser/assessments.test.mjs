// Saving and sharing against the real server: Save shows a share link
// without the edit token; the link opens read-only in a fresh browser;
// the decision record downloads; the token holder edits (PUT) and deletes after
// confirming; without the token neither works.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import {
  answer, assertNoProblems, openPage, questionnaire, recommendedStack, setTeam, startStack, submit,
} from './helpers.mjs';

const TOKENS_KEY = 'stackwise.editTokens';

// Fills and saves a Python/AI assessment; returns its id, token and link.
async function saveAssessment(page, title) {
  await questionnaire(page);
  await setTeam(page, [{ name: 'Ana', skills: { python: 'expert' } }]);
  await answer(page, { ai_ml: 'core' });
  await submit(page);
  await page.getByLabel('Name this assessment', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Save and get a share link' }).click();
  const link = await page.getByTestId('share-link');
  await link.waitFor();
  const url = await link.inputValue();
  const id = url.split('/a/')[1];
  const tokens = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), TOKENS_KEY);
  return { id, url, token: tokens[id] };
}

describe('assessments', () => {
  let stack;
  before(async () => { stack = await startStack(); });
  after(async () => { await stack?.stop(); });

  test('saving shows a share link that opens read-only elsewhere, without the token', async () => {
    const { context, page } = await openPage(stack);
    const { id, url, token } = await saveAssessment(page, 'Acme: backend choice');

    assert.match(id, /^[A-Za-z0-9_-]+$/);
    assert.equal(url, `${stack.base}/a/${id}`);
    assert.ok(token, 'the edit token is kept in localStorage');
    assert.ok(!url.includes(token), 'the share link never carries the token');
    assert.equal(new URL(page.url()).pathname, `/a/${id}`);
    assert.ok(!page.url().includes(token));
    assert.equal(await page.getByTestId('assessment-title').textContent(), 'Acme: backend choice');
    assert.equal(await page.getByRole('button', { name: 'Edit answers' }).count(), 1);
    assertNoProblems(page);

    // A fresh browser context: no localStorage, so no token.
    const other = await openPage(stack, { path: `/a/${id}` });
    await other.page.getByTestId('result').waitFor();
    assert.equal(await other.page.getByTestId('assessment-title').textContent(), 'Acme: backend choice');
    assert.equal(await recommendedStack(other.page), 'python');
    assert.equal(await other.page.getByRole('button', { name: 'Edit answers' }).count(), 0);
    assert.equal(await other.page.getByRole('button', { name: 'Delete assessment' }).count(), 0);
    await other.page.getByTestId('read-only-note').waitFor();

    // The decision record downloads as the API writes it, named NNNN-title.md.
    const [download] = await Promise.all([
      other.page.waitForEvent('download'),
      other.page.getByRole('button', { name: 'Download the record' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^0001-use-python-[a-z-]*for-the-backend\.md$/);
    const adr = fs.readFileSync(await download.path(), 'utf8');
    assert.match(adr, /^#/m);
    assert.match(adr, /Python/);
    assertNoProblems(other.page);
    await other.context.close();
    await context.close();
  });

  test('the token holder edits the answers and the saved result changes', async () => {
    const { context, page } = await openPage(stack);
    const { id } = await saveAssessment(page, 'Before the pivot');

    await page.getByRole('button', { name: 'Edit answers' }).click();
    await questionnaire(page);
    assert.equal(await page.getByLabel('Title', { exact: true }).inputValue(), 'Before the pivot');
    assert.equal(await page.getByRole('group', { name: 'Does your product have AI/ML requirements?' })
      .getByRole('radio', { name: /^Core/ }).isChecked(), true, 'the saved answers are shown');
    await page.getByLabel('Title', { exact: true }).fill('After the pivot');
    await setTeam(page, [{ name: 'Ana', skills: { javascript: 'expert', typescript: 'expert' } }]);
    await answer(page, { ai_ml: 'none', realtime: 'core' });
    const put = page.waitForRequest((req) => req.method() === 'PUT' && req.url().endsWith(`/api/v1/assessments/${id}`));
    await page.getByRole('button', { name: 'Save changes' }).click();
    assert.match((await put).headers().authorization, /^Bearer .+/);

    await page.getByTestId('notice').waitFor();
    assert.equal(await page.getByTestId('assessment-title').textContent(), 'After the pivot');
    assert.equal(await recommendedStack(page), 'node');

    // Anyone with the link sees the new answers.
    const other = await openPage(stack, { path: `/a/${id}` });
    await other.page.getByTestId('result').waitFor();
    assert.equal(await other.page.getByTestId('assessment-title').textContent(), 'After the pivot');
    assert.equal(await recommendedStack(other.page), 'node');
    assertNoProblems(page);
    await other.context.close();
    await context.close();
  });

  test('delete asks first, then removes the assessment for everyone', async () => {
    const { context, page } = await openPage(stack);
    const { id } = await saveAssessment(page, 'Short-lived');

    await page.getByRole('button', { name: 'Delete assessment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this assessment?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    assert.equal(await dialog.isVisible(), false);
    assert.equal((await fetch(`${stack.base}/api/v1/assessments/${id}`)).status, 200);

    await page.getByRole('button', { name: 'Delete assessment' }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await page.getByTestId('deleted').waitFor();
    assert.equal((await fetch(`${stack.base}/api/v1/assessments/${id}`)).status, 404);
    const tokens = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), TOKENS_KEY);
    assert.equal(tokens[id], undefined, 'the token is forgotten');

    const other = await openPage(stack, { path: `/a/${id}` });
    await other.page.getByRole('heading', { name: 'Assessment not found' }).waitFor();
    await other.context.close();
    assertNoProblems(page);
    await context.close();
  });

  test('without the right token, editing and deleting fail', async () => {
    const { context, page } = await openPage(stack);
    const { id, token } = await saveAssessment(page, 'Guarded');
    const body = JSON.stringify({ title: 'Hijacked', profile: { team: [] } });
    const url = `${stack.base}/api/v1/assessments/${id}`;
    const headers = { 'Content-Type': 'application/json' };

    assert.equal((await fetch(url, { method: 'PUT', headers, body })).status, 401);
    assert.equal((await fetch(url, { method: 'DELETE' })).status, 401);
    const wrong = { ...headers, Authorization: `Bearer x${token}` };
    assert.equal((await fetch(url, { method: 'PUT', headers: wrong, body })).status, 403);
    assert.equal((await fetch(url, { method: 'DELETE', headers: wrong })).status, 403);

    // A browser holding a wrong token is told so, and nothing is deleted.
    const other = await openPage(stack, { path: '/' });
    await other.page.evaluate(([key, assessment, bad]) => {
      localStorage.setItem(key, JSON.stringify({ [assessment]: bad }));
    }, [TOKENS_KEY, id, `x${token}`]);
    await other.page.goto(`${stack.base}/a/${id}`);
    await other.page.getByTestId('result').waitFor();
    await other.page.getByRole('button', { name: 'Delete assessment' }).click();
    await other.page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    const status = other.page.getByTestId('assessment-status');
    await status.filter({ hasText: /edit key/ }).waitFor();
    assert.equal((await fetch(url)).status, 200);

    await other.page.getByRole('button', { name: 'Edit answers' }).click();
    await questionnaire(other.page);
    await other.page.getByRole('button', { name: 'Save changes' }).click();
    await other.page.getByTestId('form-status').filter({ hasText: /edit key/ }).waitFor();
    const saved = await (await fetch(url)).json();
    assert.equal(saved.title, 'Guarded');
    await other.context.close();
    await context.close();
  });
});
