// Deciding together in two browsers: the creator starts a group decision
// and answers; a co-founder opens the invite link in a separate context
// (its own storage) and answers differently; both pages show the
// disagreement that decides the stack without a reload, and the read-only
// link carries no token and shows no form.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  answer, assertNoProblems, openPage, questionnaire, setTeam, startStack, submit,
} from './helpers.mjs';

// Fills the group page's answer form as a JavaScript developer.
async function answerAs(page, name, aiMl) {
  const form = page.getByTestId('answer-form');
  await form.getByLabel('Your name').fill(name);
  await form.getByLabel('Language 1', { exact: true }).selectOption('javascript');
  await form.getByLabel('Level in language 1').selectOption('expert');
  await form.getByRole('group', { name: 'How central is AI/ML to the product?' })
    .getByRole('radio', { name: aiMl }).check();
  await form.getByRole('button', { name: 'Save my answers' }).click();
  await page.getByTestId('answer-status').filter({ hasText: 'Saved' }).waitFor();
}

async function decisiveFields(page) {
  return page.getByTestId('disagreement').evaluateAll(
    (items) => items.map((li) => [li.dataset.field, li.dataset.decides]));
}

describe('group decisions', () => {
  let stack;
  before(async () => { stack = await startStack(); });
  after(async () => { await stack?.stop(); });

  test('two founders in two browsers both see that AI/ML decides', async () => {
    const ana = await openPage(stack, { path: '/g/new' });
    await ana.page.getByLabel('Name the decision').fill('Acme <b>backend</b>');
    await ana.page.getByRole('button', { name: 'Start and get the invite link' }).click();
    await ana.page.getByTestId('group-title').waitFor();
    // Titles are text, never markup.
    assert.equal(await ana.page.getByTestId('group-title').textContent(), 'Acme <b>backend</b>');
    const invite = await ana.page.getByTestId('invite-link').inputValue();
    const share = await ana.page.getByTestId('share-link').inputValue();
    assert.match(invite, /\/g\/[A-Za-z0-9_-]{16}#invite=[A-Za-z0-9_-]{43}$/);
    assert.equal(share, invite.split('#')[0]);
    await ana.page.getByTestId('no-responses').waitFor();
    await answerAs(ana.page, 'Ana', 'None');

    const ben = await openPage(stack, { path: new URL(invite).pathname + new URL(invite).hash });
    await ben.page.getByTestId('answer-form').waitFor();
    assert.ok(!ben.page.url().includes('#invite'), 'the token leaves the address bar');
    await answerAs(ben.page, 'Ben', 'Core to the product');
    assert.deepEqual(await decisiveFields(ben.page), [['product.ai_ml', 'true']]);

    // Ana's page picks Ben's answer up by itself.
    await ana.page.getByTestId('disagreement').waitFor({ timeout: 8000 });
    assert.deepEqual(await decisiveFields(ana.page), [['product.ai_ml', 'true']]);
    const summary = await ana.page.getByTestId('disagreement').textContent();
    assert.match(summary, /AI\/ML: Ana says none, Ben says core\. If you agree on none, Node\.js; on core, Python\./);
    assert.equal(await ana.page.getByTestId('response').count(), 2);
    await ana.page.getByTestId('combined').getByTestId('result').waitFor();

    // The read-only link: no form, no token, the same disagreement.
    const reader = await openPage(stack, { path: new URL(share).pathname });
    await reader.page.getByTestId('disagreement').waitFor();
    assert.equal(await reader.page.getByTestId('answer-form').count(), 0);
    assert.equal(await reader.page.getByTestId('invite-link').count(), 0);

    for (const { page } of [ana, ben, reader]) assertNoProblems(page);
    await Promise.all([ana.context.close(), ben.context.close(), reader.context.close()]);
  });

  test('the owner of a saved assessment invites co-founders with their answers as the first response', async () => {
    const { context, page } = await openPage(stack);
    await questionnaire(page);
    await setTeam(page, [{ name: 'Ana', skills: { javascript: 'expert' } }]);
    await answer(page, { ai_ml: 'none' });
    await submit(page);
    await page.getByLabel('Name this assessment', { exact: true }).fill('Acme backend');
    await page.getByRole('button', { name: 'Save and get a share link' }).click();
    await page.getByTestId('share-link').waitFor();
    const editKeys = await page.evaluate(() => localStorage.getItem('stackwise.editTokens'));

    const panel = page.getByTestId('invite-panel');
    assert.equal(await panel.getByLabel('Your name').inputValue(), 'Ana');
    await panel.getByRole('button', { name: 'Invite co-founders to answer' }).click();
    await page.waitForURL(/\/g\/[A-Za-z0-9_-]{16}$/);
    await page.getByTestId('response').first().waitFor();
    assert.equal(await page.getByTestId('group-title').textContent(), 'Acme backend');
    assert.equal(await page.getByTestId('response').count(), 1);
    assert.match(await page.getByTestId('response').textContent(), /Ana/);
    const invite = await page.getByTestId('invite-link').inputValue();
    const token = new URL(invite).hash.replace('#invite=', '');
    assert.ok(!editKeys.includes(token), 'the invite token is not the assessment\'s edit key');
    assertNoProblems(page);
    await context.close();
  });
});
