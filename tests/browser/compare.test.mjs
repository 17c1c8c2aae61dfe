// Issue 9's people on the questionnaire and the result: the JavaScript CTO
// tempted by Go compares the two stacks on a phone and the numbers add up;
// the result lives in the address, so reload, Back and Forward work, and
// "Change" returns to the answer being changed; the non-technical founder
// gets through it all with the keyboard alone, following the step indicator.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DESKTOP, PHONE, answer, assertNoProblems, openPage, questionnaire, recommendedStack, screenshot,
  setTeam, startStack, submit,
} from './helpers.mjs';

// The comparison table as numbers: shares, both columns, the differences
// (positive when the first stack leads) and the totals row.
async function comparison(page) {
  return page.getByTestId('compare-table').evaluate((table) => {
    const num = (el) => Math.round(Number(el.lastChild.textContent.replace(/[^\d.]/g, '')) * 10);
    const rows = [...table.tBodies[0].rows].map((row) => {
      const [a, b] = row.querySelectorAll('.cmp-points');
      const diff = row.querySelector('.cmp-diff');
      const sign = diff.dataset.leader === undefined ? 0 : diff.dataset.leader === a.dataset.stack ? 1 : -1;
      return {
        id: row.dataset.criterion,
        share: Math.round(Number(row.querySelector('.cmp-share').dataset.share) * 10),
        a: num(a), b: num(b), diff: sign * num(diff),
      };
    });
    const total = table.tFoot.rows[0];
    const [a, b] = total.querySelectorAll('.cmp-points');
    return { rows, a: num(a), b: num(b), stacks: [...table.tHead.rows[0].cells].slice(1, 3).map((c) => c.textContent) };
  });
}

async function assertAddsUp(page) {
  const t = await comparison(page);
  const sum = (key) => t.rows.reduce((s, r) => s + r[key], 0);
  assert.equal(sum('share'), 1000, 'the shares add up to 100%');
  assert.equal(sum('a'), t.a, `${t.stacks[0]}'s points add up to its score`);
  assert.equal(sum('b'), t.b, `${t.stacks[1]}'s points add up to its score`);
  assert.equal(sum('diff'), t.a - t.b, 'the differences add up to the gap');
  for (const r of t.rows) assert.ok(r.a <= r.share + 1 && r.b <= r.share + 1, `${r.id}: no more points than its share`);
  return t;
}

describe('comparison and the address', () => {
  let stack;
  before(async () => { stack = await startStack(); });
  after(async () => { await stack?.stop(); });

  test('a JavaScript CTO tempted by Go compares Node.js and Go on a phone; reload and Back keep the result', async () => {
    const { context, page } = await openPage(stack, { viewport: PHONE });
    await questionnaire(page);
    assert.match(await page.getByTestId('progress-count').textContent(), /^Step 1 of 8 · Team$/);
    await setTeam(page, [
      { name: 'Chen', skills: { typescript: 'expert' } },
      { name: 'Dee', skills: { javascript: 'working' } },
    ]);
    await answer(page, { realtime: 'some', workload: 'io_bound', leaning: 'go', reasons: ['benchmarks'] });
    assert.match(await page.getByTestId('progress-count').textContent(), /^Step 8 of 8 · Leaning$/);
    await submit(page);
    assert.equal(await recommendedStack(page), 'node');
    assert.equal(await page.title(), `${await page.getByTestId('recommended-stack').textContent()} — stackwise`);
    assert.match(await page.title(), /^Node\.js/);
    assert.match(new URL(page.url()).hash, /^#answers=[\w-]+$/);

    // The comparison opens on the winner against the leaning.
    await page.getByTestId('compare').locator('summary').click();
    const t = await assertAddsUp(page);
    assert.deepEqual(t.stacks, ['Node.js', 'Go']);
    assert.match(await page.getByTestId('compare-sentence').textContent(),
      /^Node\.js scores [\d.]+ points more than Go \([\d.]+ to [\d.]+\), mostly on Team fit \(\+[\d.]+\)/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= PHONE.width, `the comparison is ${overflow}px wide`);
    await page.getByTestId('compare').scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-compare-node-go');
    // Any two stacks: Python against Rust.
    await page.getByLabel('Compare', { exact: true }).selectOption('python');
    await page.getByLabel('with', { exact: true }).selectOption('rust');
    assert.deepEqual((await assertAddsUp(page)).stacks, ['Python', 'Rust']);

    // Reload: the same result, from the address.
    await page.reload();
    await page.getByTestId('result').waitFor();
    assert.equal(await recommendedStack(page), 'node');
    // Back: the questionnaire with the answers; Forward: the result again.
    await page.goBack();
    await questionnaire(page);
    assert.equal(await page.getByTestId('member').count(), 2);
    await page.goForward();
    await page.getByTestId('result').waitFor();
    // "Change" next to an answer returns to that field, focused.
    await page.getByTestId('answers-section').locator('summary').click();
    await page.getByRole('button', { name: 'Change leaning toward' }).click();
    await questionnaire(page);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'f-leaning');
    assert.equal(await page.getByLabel('The stack you lean toward', { exact: true }).inputValue(), 'go');
    assert.match(await page.getByTestId('progress-count').textContent(), /^Step 8 of 8/);
    assertNoProblems(page);
    await context.close();
  });

  test('a link whose answers cannot be read returns to the questionnaire and says so', async () => {
    const { context, page } = await openPage(stack, { path: '/#answers=not-json' });
    await questionnaire(page);
    assert.match(await page.getByTestId('form-status').textContent(), /could not be read/);
    assert.equal(new URL(page.url()).hash, '');
    await context.close();
  });

  test('a non-technical founder gets through with the keyboard alone', async () => {
    const { context, page } = await openPage(stack, { viewport: DESKTOP });
    await questionnaire(page);
    // The step links jump to a question and focus its first answer.
    await page.getByRole('link', { name: /Hiring$/ }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'f-eng-now');
    assert.match(await page.getByTestId('progress-count').textContent(), /^Step 5 of 8 · Hiring$/);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'f-eng-12');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('2');
    // Tab on to the submit button, then Enter.
    for (let i = 0; i < 60; i++) {
      if (await page.evaluate(() => document.activeElement.dataset.role) === 'submit') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.getByTestId('result').waitFor();
    assert.equal(await recommendedStack(page), 'python');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'results-title');
    // Open the comparison with the keyboard and change the second stack.
    await page.getByTestId('compare').locator('summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.labels[0].textContent), 'with');
    await page.keyboard.press('ArrowDown');
    await assertAddsUp(page);
    await screenshot(page, 'desktop-compare-non-technical');
    assertNoProblems(page);
    await context.close();
  });
});
