// The three people of issue 9, at phone width: the first screen answers
// their question (the verdict), everything else is collapsed below it; and
// the questionnaire asks rather than assumes: no team is pre-filled, Enter
// in a text box moves on, answers that no longer apply are cleared.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  PHONE, answer, assertNoProblems, openPage, questionnaire, recommendedStack, screenshot,
  setTeam, startStack, submit,
} from './helpers.mjs';

// The verdict's bottom edge is within the first screen.
async function assertVerdictOnFirstScreen(page, viewport) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page.getByTestId('verdict').boundingBox();
  assert.ok(box.y + box.height <= viewport.height,
    `the verdict ends at ${Math.round(box.y + box.height)} px, below the first ${viewport.height} px`);
}

describe('verdict', () => {
  let stack;
  before(async () => { stack = await startStack(); });
  after(async () => { await stack?.stop(); });

  test('a non-technical founder submits untouched and gets the Python default, no team assumed', async () => {
    const { context, page } = await openPage(stack, { viewport: PHONE });
    await questionnaire(page);
    assert.equal(await page.getByTestId('member').count(), 0);
    await submit(page);
    assert.equal(await recommendedStack(page), 'python');
    const steps = page.getByTestId('next-steps').locator('li');
    assert.equal(await steps.count(), 3);
    assert.doesNotMatch(await page.getByTestId('verdict').textContent(), /team works in/);
    await assertVerdictOnFirstScreen(page, PHONE);
    // The rest is one click away, collapsed.
    for (const id of ['ranking', 'warnings', 'checklist', 'breakdown']) {
      assert.equal(await page.getByTestId(id).evaluate((el) => el.open), false, id);
    }
    await page.getByTestId('checklist').locator('summary').click();
    assert.equal(await page.getByTestId('checklist').evaluate((el) => el.open), true);
    await screenshot(page, 'phone-verdict-non-technical');
    assertNoProblems(page);
    await context.close();
  });

  test('a JavaScript CTO tempted by Go benchmarks is told to stay with Node.js on the first screen', async () => {
    const { context, page } = await openPage(stack, { viewport: PHONE });
    await questionnaire(page);
    await setTeam(page, [
      { name: 'Chen', skills: { typescript: 'expert' } },
      { name: 'Dee', skills: { javascript: 'working' } },
    ]);
    await answer(page, { realtime: 'some', workload: 'io_bound', leaning: 'go', reasons: ['benchmarks'] });
    await submit(page);
    assert.equal(await recommendedStack(page), 'node');
    assert.match(await page.getByTestId('verdict-leaning').textContent(),
      /^You lean toward Go\. Stay with Node\.js: the leaning shows the article’s common mistakes \(choice driven by benchmark numbers/);
    assert.match(await page.getByTestId('stability-summary').textContent(), /^Node\.js ranks first in/);
    await assertVerdictOnFirstScreen(page, PHONE);
    await screenshot(page, 'phone-verdict-js-cto');
    assertNoProblems(page);
    await context.close();
  });

  test('a launched Rails founder tempted to rewrite is told to keep Rails', async () => {
    const { context, page } = await openPage(stack, { viewport: PHONE });
    await questionnaire(page);
    await setTeam(page, [
      { name: 'Rae', skills: { ruby: 'expert', go: 'basic' } },
      { name: 'Sam', skills: { ruby: 'working' } },
    ]);
    await answer(page, {
      workload: 'io_bound', launched: true, current_backend: 'ruby', engineers_now: 6,
      engineers_in_12_months: 9, leaning: 'go', reasons: ['benchmarks', 'trend'],
    });
    await submit(page);
    assert.equal(await recommendedStack(page), 'ruby');
    assert.match(await page.getByTestId('verdict-leaning').textContent(),
      /^You lean toward Go\. Keep Ruby on Rails: .*rewrite after launch/);
    await assertVerdictOnFirstScreen(page, PHONE);
    await screenshot(page, 'phone-verdict-launched-rails');
    assertNoProblems(page);
    await context.close();
  });

  test('Enter in a text box moves to the next field instead of submitting', async () => {
    const { context, page } = await openPage(stack);
    await questionnaire(page);
    const today = page.getByLabel('Engineers today', { exact: true });
    await today.fill('3');
    await today.press('Enter');
    assert.equal(await page.getByTestId('result').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement.name), 'engineers_in_12_months');
    await context.close();
  });

  test('answers that no longer apply are cleared', async () => {
    const { context, page } = await openPage(stack);
    await questionnaire(page);
    await answer(page, { leaning: 'go', reasons: ['benchmarks', 'trend'] });
    await answer(page, { leaning: 'ruby' });
    const reasons = page.getByRole('group', { name: /^Why\?/ }).getByRole('checkbox');
    for (const box of await reasons.all()) assert.equal(await box.isChecked(), false);
    await answer(page, { ai_ml: 'core' });
    await page.getByRole('radio', { name: /^Our own models/ }).check();
    await answer(page, { ai_ml: 'none' });
    assert.equal(await page.locator('input[name="ai_ml_approach"][value="unknown"]').isChecked(), true);
    await context.close();
  });
});
