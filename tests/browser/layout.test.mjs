// The page at a desktop (1280 px) and a phone (375 px) width: nothing
// overflows sideways, focus is visible, and screenshots of the
// questionnaire, the results and a saved assessment are written to
// test-results/screenshots/ for a person to look at.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DESKTOP, PHONE, answer, assertNoProblems, openPage, questionnaire, screenshot, setTeam, startStack, submit,
} from './helpers.mjs';

async function assertFitsWidth(page, width, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(overflow <= width, `${what} is ${overflow}px wide at a ${width}px viewport`);
}

describe('layout', () => {
  let stack;
  before(async () => { stack = await startStack(); });
  after(async () => { await stack?.stop(); });

  for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    test(`questionnaire, results and saved assessment fit a ${name} screen`, async () => {
      const { context, page } = await openPage(stack, { viewport });
      await questionnaire(page);
      await assertFitsWidth(page, viewport.width, 'the questionnaire');
      await screenshot(page, `${name}-questionnaire`);

      await setTeam(page, [
        { name: 'Eve', skills: { ruby: 'expert' } },
        { name: 'Finn', skills: { ruby: 'working', go: 'basic' } },
      ]);
      await answer(page, {
        launched: true, current_backend: 'ruby', leaning: 'go', reasons: ['benchmarks', 'trend'],
        planned_languages: ['ruby', 'go'], engineers_in_12_months: 6,
      });
      await screenshot(page, `${name}-questionnaire-followups`);
      await submit(page);
      // Open every stack's breakdown: the widest content the results have.
      for (const details of await page.locator('details.stack-details').all()) {
        await details.evaluate((el) => { el.open = true; });
      }
      await assertFitsWidth(page, viewport.width, 'the results');
      await screenshot(page, `${name}-results`);

      await page.getByLabel('Name this assessment', { exact: true }).fill('Layout check');
      await page.getByRole('button', { name: 'Save and get a share link' }).click();
      await page.getByTestId('share-link').waitFor();
      await assertFitsWidth(page, viewport.width, 'the saved assessment');
      await screenshot(page, `${name}-saved`);
      assertNoProblems(page);
      await context.close();
    });
  }

  test('focused controls show a visible outline', async () => {
    const { context, page } = await openPage(stack);
    await questionnaire(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outlines = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      outlines.push(await page.evaluate(() => {
        const el = document.activeElement;
        const target = el.closest('.choice') || el;
        const style = getComputedStyle(target);
        return { tag: el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      }));
    }
    for (const o of outlines) {
      assert.ok(o.outline !== 'none' && o.width >= 2, `no visible focus on ${JSON.stringify(o)}`);
    }
    await context.close();
  });

  test('an unknown address and a missing assessment say so', async () => {
    const { context, page } = await openPage(stack, { path: '/a/does-not-exist' });
    await page.getByRole('heading', { name: 'Assessment not found' }).waitFor();
    await page.getByRole('link', { name: 'Start a new assessment' }).click();
    await questionnaire(page);
    await context.close();
  });

  test('when the server cannot be reached, the form says so and keeps the answers', async () => {
    const { context, page } = await openPage(stack);
    await questionnaire(page);
    await answer(page, { ai_ml: 'core' });
    await page.route('**/api/v1/recommendations', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: 'See my recommendation' }).click();
    await page.getByTestId('form-status').filter({ hasText: /Could not reach/ }).waitFor();
    assert.equal(await page.getByRole('group', { name: 'Does your product have AI/ML requirements?' })
      .getByRole('radio', { name: /^Core/ }).isChecked(), true);
    await context.close();
  });
});
