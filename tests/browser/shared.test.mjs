// The shared page of issue 9's launched Rails founder, as an advisor opens
// it: the answers that produced the result, a tab title that names it, the
// decision record previewed before it downloads as NNNN-title.md, and a
// print that fits the verdict, ranking and checklist on two A4 pages.
// Names typed by the founder stay text, never markup.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import {
  PHONE, answer, assertNoProblems, openPage, questionnaire, recommendedStack, screenshot,
  setTeam, startStack, submit,
} from './helpers.mjs';

const TITLE = 'Rae <b>&</b> Sam: rewrite in Go?';

// Pages of a PDF: its page objects ("/Type /Page", not "/Type /Pages").
function pdfPages(bytes) {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) || []).length;
}

async function saveRailsAssessment(page) {
  await questionnaire(page);
  await setTeam(page, [
    { name: 'Rae <img src=x>', skills: { ruby: 'expert', go: 'basic' } },
    { name: 'Sam', skills: { ruby: 'working' } },
  ]);
  await answer(page, {
    workload: 'io_bound', launched: true, current_backend: 'ruby', engineers_now: 6,
    engineers_in_12_months: 9, leaning: 'go', reasons: ['benchmarks', 'trend'],
  });
  await submit(page);
  await page.getByLabel('Name this assessment', { exact: true }).fill(TITLE);
  await page.getByRole('button', { name: 'Save and get a share link' }).click();
  return page.getByTestId('share-link').inputValue();
}

describe('the shared page', () => {
  let stack;
  let url;
  before(async () => {
    stack = await startStack();
    const { context, page } = await openPage(stack);
    await page.getByTestId('questionnaire').waitFor();
    url = await saveRailsAssessment(page);
    await context.close();
  });
  after(async () => { await stack?.stop(); });

  test('an advisor sees the answers, a meaningful title, and a record to preview and download', async () => {
    const { context, page } = await openPage(stack, { path: new URL(url).pathname });
    await page.getByTestId('result').waitFor();
    assert.equal(await recommendedStack(page), 'ruby');
    assert.equal(await page.title(), `${TITLE} · Ruby on Rails — stackwise`);
    const heading = page.getByTestId('assessment-title');
    assert.equal(await heading.textContent(), TITLE);
    assert.equal(await heading.locator('b').count(), 0, 'the title stays text');

    // The answers, open: an advisor can check what went in.
    const answers = page.getByTestId('answers');
    assert.equal(await answers.isVisible(), true);
    const text = await answers.textContent();
    assert.match(text, /Rae <img src=x>: (Go basic, Ruby expert|Ruby expert, Go basic)Sam: Ruby working/);
    assert.match(text, /Launched, on Ruby/);
    assert.match(text, /Go, because benchmarks show it is faster and it is trending among engineers/);
    assert.equal(await answers.locator('img').count(), 0);
    assert.equal(await answers.getByRole('button', { name: /^Change/ }).count(), 0, 'read-only: nothing to change');

    // The record: previewed, then downloaded under the adr-tools name.
    const panel = page.getByTestId('adr-panel');
    assert.equal(await panel.getByTestId('adr-file-name').textContent(), '0001-use-ruby-on-rails-for-the-backend.md');
    await panel.getByText('Preview the record').click();
    const preview = panel.getByTestId('adr-preview');
    await preview.getByRole('heading', { name: 'Context and Problem Statement' }).waitFor();
    const shown = await preview.textContent();
    assert.match(shown, /Keep Ruby on Rails/);
    assert.match(shown, /strangler-style/);
    assert.equal(await preview.locator('img').count(), 0);
    await panel.getByLabel('Record number', { exact: true }).fill('12');
    assert.equal(await panel.getByTestId('adr-file-name').textContent(), '0012-use-ruby-on-rails-for-the-backend.md');
    // Enter in the number downloads, for keyboard users.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByLabel('Record number', { exact: true }).press('Enter'),
    ]);
    assert.equal(download.suggestedFilename(), '0012-use-ruby-on-rails-for-the-backend.md');
    const id = new URL(url).pathname.split('/').pop();
    const served = await (await fetch(`${stack.base}/api/v1/assessments/${id}/adr.md`)).text();
    assert.equal(fs.readFileSync(await download.path(), 'utf8'), served);
    await panel.getByLabel('Record number', { exact: true }).fill('0');
    assert.equal(await panel.getByRole('button', { name: 'Download the record' }).isDisabled(), true);
    await screenshot(page, 'desktop-shared-adr-preview');
    assertNoProblems(page);
    await context.close();
  });

  test('printed, it fits the verdict, ranking and checklist on two A4 pages without controls', async () => {
    const { context, page } = await openPage(stack, { path: new URL(url).pathname });
    await page.getByTestId('result').waitFor();
    // The width of an A4 page inside its margins, so the screenshot shows the print.
    await page.setViewportSize({ width: 688, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    for (const id of ['verdict', 'ranking-chart', 'checklist', 'answers']) {
      assert.equal(await page.getByTestId(id).isVisible(), true, `${id} is printed`);
    }
    assert.equal(await page.getByTestId('check').first().isVisible(), true, 'the checklist items are printed');
    const controls = await page.evaluate(() => [...document.querySelectorAll('button, .btn, input, select, .tag')]
      .filter((el) => el.getClientRects().length > 0).map((el) => el.outerHTML.slice(0, 80)));
    assert.deepEqual(controls, []);
    await screenshot(page, 'print-shared');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdfPages(pdf);
    assert.ok(pages >= 1 && pages <= 2, `${pages} A4 pages`);
    await context.close();
  });

  test('on a phone the shared page answers the question before the details', async () => {
    const { context, page } = await openPage(stack, { viewport: PHONE, path: new URL(url).pathname });
    await page.getByTestId('result').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= PHONE.width, `the shared page is ${overflow}px wide`);
    const verdict = await page.getByTestId('verdict').boundingBox();
    assert.ok(verdict.y + verdict.height <= PHONE.height,
      `the verdict ends at ${Math.round(verdict.y + verdict.height)} px, below the first screen`);
    await page.getByTestId('adr-panel').getByText('Preview the record').click();
    await page.getByTestId('adr-preview').getByRole('heading').first().waitFor();
    await screenshot(page, 'phone-shared');
    assertNoProblems(page);
    await context.close();
  });
});
