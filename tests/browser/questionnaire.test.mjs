// The questionnaire against the real server: the article's situations give
// the recommendation, warnings and checklist the article calls for; follow-up
// questions appear only when they apply; bad answers show their error next
// to the field, whether the browser or the server finds them.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  answer, assertNoProblems, checklist, openPage, questionnaire, recommendedStack,
  setTeam, startStack, submit, warningIds,
} from './helpers.mjs';

const STATUSES = new Set(['pass', 'warn', 'fail', 'todo']);
const CHECK_IDS = ['team_skill', 'ai_ml_python', 'realtime_stack', 'hiring_plan', 'single_language', 'prototype_first'];

describe('questionnaire', () => {
  let stack;
  before(async () => { stack = await startStack(); });
  after(async () => { await stack?.stop(); });

  test('a Python team whose product is built on AI/ML gets Python', async () => {
    const { context, page } = await openPage(stack);
    await questionnaire(page);
    await setTeam(page, [
      { name: 'Ana', skills: { python: 'expert' } },
      { name: 'Ben', skills: { python: 'working', typescript: 'working' } },
    ]);
    await answer(page, { ai_ml: 'core', realtime: 'none', workload: 'mixed', kind: 'saas', data_intensive: true });
    await submit(page);

    assert.equal(await recommendedStack(page), 'python');
    const checks = await checklist(page);
    assert.equal(checks.team_skill, 'pass');
    assert.equal(checks.ai_ml_python, 'pass');
    assert.deepEqual(await warningIds(page), []);
    // The ranking chart is drawn from the result, winner first.
    const bars = page.getByTestId('ranking-chart').locator('[data-stack]');
    assert.equal(await bars.count(), 9);
    assert.equal(await bars.first().getAttribute('data-stack'), 'python');
    // Near the top, the page says in words how stable the choice is.
    const stability = page.getByTestId('stability-summary');
    assert.match(await stability.textContent(),
      /^Python ranks first in (\d+%|under 1%) of plausible weightings[;.]/);
    assert.equal(await page.getByTestId('stability').locator('li').first().getAttribute('data-stack'), 'python');
    // Focus lands on the results heading, for keyboard and screen-reader users.
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'results-title');
    assertNoProblems(page);
    await context.close();
  });

  test('a JavaScript team building real-time chat gets Node.js', async () => {
    const { context, page } = await openPage(stack);
    await questionnaire(page);
    await setTeam(page, [
      { name: 'Chen', skills: { javascript: 'expert', typescript: 'expert' } },
      { name: 'Dee', skills: { typescript: 'working' } },
    ]);
    await answer(page, { ai_ml: 'none', realtime: 'core', workload: 'io_bound', kind: 'consumer' });
    await submit(page);

    assert.equal(await recommendedStack(page), 'node');
    const checks = await checklist(page);
    assert.equal(checks.realtime_stack, 'pass');
    assert.equal(checks.team_skill, 'pass');
    assertNoProblems(page);
    await context.close();
  });

  test('a launched Ruby product leaning to Go because of benchmarks is warned twice', async () => {
    const { context, page } = await openPage(stack);
    await questionnaire(page);
    await setTeam(page, [
      { name: 'Eve', skills: { ruby: 'expert' } },
      { name: 'Finn', skills: { ruby: 'working', go: 'basic' } },
    ]);
    await answer(page, {
      ai_ml: 'none', realtime: 'none', kind: 'saas', launched: true, current_backend: 'ruby',
      engineers_now: 2, engineers_in_12_months: 4, leaning: 'go', reasons: ['benchmarks'],
    });
    await submit(page);

    const warnings = await warningIds(page);
    assert.ok(warnings.includes('rewrite_after_launch'), `warnings: ${warnings}`);
    assert.ok(warnings.includes('benchmark_driven'), `warnings: ${warnings}`);
    const rewrite = page.locator('[data-testid="warning"][data-id="rewrite_after_launch"]');
    assert.match(await rewrite.textContent(), /Rewrite/i);
    assert.equal(await recommendedStack(page), 'ruby');

    const checks = await checklist(page);
    assert.deepEqual(Object.keys(checks).sort(), [...CHECK_IDS].sort());
    for (const [id, status] of Object.entries(checks)) assert.ok(STATUSES.has(status), `${id}: ${status}`);
    assert.equal(checks.prototype_first, 'todo');
    // Each status is written out, not only coloured.
    const badge = page.locator('[data-id="prototype_first"] [data-testid="check-status"]');
    assert.match(await badge.textContent(), /To do/);
    assertNoProblems(page);
    await context.close();
  });

  test('follow-up questions appear only when they apply', async () => {
    const { context, page } = await openPage(stack);
    await questionnaire(page);
    const current = page.getByLabel('Language of the current backend', { exact: true });
    const reasons = page.getByRole('group', { name: /^Why\?/ });
    assert.equal(await current.isVisible(), false);
    assert.equal(await reasons.isVisible(), false);

    await answer(page, { launched: true });
    assert.equal(await current.isVisible(), true);
    await answer(page, { leaning: 'go' });
    assert.equal(await reasons.isVisible(), true);
    await answer(page, { launched: false, leaning: null });
    assert.equal(await current.isVisible(), false);
    assert.equal(await reasons.isVisible(), false);
    await context.close();
  });

  test('team members and their languages can be added and removed', async () => {
    const { context, page } = await openPage(stack);
    await questionnaire(page);
    const members = page.getByTestId('member');
    // Nothing about the team is assumed: the list starts empty.
    assert.equal(await members.count(), 0);
    await page.getByRole('button', { name: '+ Add a team member' }).click();
    assert.equal(await members.count(), 1);
    await page.getByRole('button', { name: '+ Add a team member' }).click();
    assert.equal(await members.count(), 2);
    // The new card's name field has focus, and engineers today follows the team.
    assert.equal(await page.evaluate(() => document.activeElement.id), 'f-member-1-name');
    assert.equal(await page.getByLabel('Engineers today', { exact: true }).inputValue(), '2');
    await members.nth(1).getByRole('button', { name: 'Add a language for team member 2' }).click();
    assert.equal(await members.nth(1).getByTestId('skill').count(), 2);
    await members.nth(1).getByTestId('skill').nth(1).getByRole('button', { name: /^Remove .* from team member 2$/ }).click();
    assert.equal(await members.nth(1).getByTestId('skill').count(), 1);
    await page.getByRole('button', { name: 'Remove team member 1' }).click();
    assert.equal(await members.count(), 1);
    assert.equal(await members.first().getByRole('heading').textContent(), 'Team member 1');
    await context.close();
  });

  test('a count the server refuses shows its error next to the field', async () => {
    const { context, page } = await openPage(stack);
    await questionnaire(page);
    await answer(page, { engineers_now: -2 });
    await page.getByRole('button', { name: 'See my recommendation' }).click();

    const field = page.locator('.field[data-path="company.engineers_now"]');
    const error = field.getByTestId('field-error');
    await error.waitFor();
    assert.match(await error.textContent(), /whole number of 0 or more \(you entered -2\)/);
    assert.equal(await page.getByLabel('Engineers today', { exact: true }).getAttribute('aria-invalid'), 'true');
    // The summary links to the field, and no result was shown.
    const summary = page.getByRole('alert').filter({ hasText: 'Some answers need another look' });
    await summary.getByRole('link', { name: /^Engineers today/ }).click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'f-eng-now');
    assert.equal(await page.getByTestId('result').count(), 0);

    // Fixing the answer clears the error on the next submit.
    await answer(page, { engineers_now: 2 });
    await submit(page);
    assert.equal(await page.locator('[data-testid="field-error"]:visible').count(), 0);
    await context.close();
  });

  test('answers the browser can check are refused before they are sent', async () => {
    const { context, page } = await openPage(stack);
    await questionnaire(page);
    await page.getByLabel('Engineers in 12 months', { exact: true }).fill('a few');
    await setTeam(page, [{ name: 'Gus', skills: { python: 'expert', go: 'basic' } }]);
    await page.getByTestId('skill').nth(1).getByLabel('Language of team member 1', { exact: true }).selectOption('python');
    let posted = false;
    page.on('request', (req) => { if (req.url().endsWith('/api/v1/recommendations')) posted = true; });
    await page.getByRole('button', { name: 'See my recommendation' }).click();

    const later = page.locator('.field[data-path="company.engineers_in_12_months"]').getByTestId('field-error');
    await later.waitFor();
    assert.match(await later.textContent(), /whole number/);
    const duplicate = page.getByTestId('skill').nth(1).getByTestId('field-error');
    assert.match(await duplicate.textContent(), /listed twice/);
    assert.equal(posted, false);
    await context.close();
  });

  test('a server error naming a team member’s language lands on that row', async () => {
    const { context, page } = await openPage(stack);
    await questionnaire(page);
    await setTeam(page, [{ name: 'Hal', skills: { python: 'working', go: 'expert' } }]);
    // The server's error shape, for a path the form cannot produce by itself.
    await page.route('**/api/v1/recommendations', (route) => route.fulfill({
      status: 400, contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'invalid_argument', path: 'team[0].skills.go',
        message: 'team[0].skills.go: expected one of none, basic, working, expert; got "guru"' } }),
    }));
    await page.getByRole('button', { name: 'See my recommendation' }).click();
    const row = page.locator('[data-path="team[0].skills.go"]');
    await row.getByTestId('field-error').waitFor();
    assert.match(await row.getByTestId('field-error').textContent(), /^! ?Expected one of none, basic, working, expert/);
    await context.close();
  });

  test('every choice the form offers is one the server accepts, and none is missing', async () => {
    const { enums } = await (await fetch(`${stack.base}/api/v1/knowledge-base`)).json();
    const { context, page } = await openPage(stack);
    await questionnaire(page);
    // The team starts empty: add a member to see the skill levels offered.
    await page.getByRole('button', { name: '+ Add a team member' }).click();
    await answer(page, { launched: true, leaning: 'go' });
    const offered = await page.evaluate(() => {
      const values = (selector) => [...document.querySelectorAll(selector)].map((el) => el.value).filter(Boolean);
      return {
        language: values('#f-current option'),
        skill_level: values('[data-testid="skill"] [data-role="level"] option'),
        ai_ml: values('input[name="ai_ml"]'),
        ai_ml_approach: values('input[name="ai_ml_approach"]'),
        realtime: values('input[name="realtime"]'),
        workload: values('input[name="workload"]'),
        kind: values('#f-kind option'),
        hiring_region: values('#f-region option'),
        leaning_reason: values('input[name="reasons"]'),
        stack: values('#f-leaning option'),
        planned: values('input[name="planned_languages"]'),
        member_language: values('[data-testid="skill"] [data-role="language"] option'),
      };
    });
    for (const key of Object.keys(enums)) {
      assert.deepEqual([...offered[key]].sort(), [...enums[key]].sort(), key);
    }
    assert.deepEqual([...offered.planned].sort(), [...enums.language].sort());
    assert.deepEqual([...offered.member_language].sort(), [...enums.language].sort());
    await context.close();
  });

  test('the questionnaire can be answered with the keyboard alone', async () => {
    const { context, page } = await openPage(stack);
    await questionnaire(page);
    // Tab to the AI/ML question and choose "Core" with the arrow keys.
    await page.getByRole('radio', { name: /^No/ }).first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.getByRole('group', { name: 'Does your product have AI/ML requirements?' })
      .getByRole('radio', { name: /^Core/ }).isChecked(), true);
    await page.getByRole('button', { name: 'See my recommendation' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('result').waitFor();
    assert.equal(await recommendedStack(page), 'python');
    // Every control of the questionnaire has an accessible name.
    await page.getByRole('button', { name: '← Change answers' }).click();
    await questionnaire(page);
    const unlabelled = await page.evaluate(() => [...document.querySelectorAll('form input, form select, form button')]
      .filter((el) => !el.closest('[hidden]'))
      .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label') && !el.textContent.trim())
      .map((el) => el.outerHTML));
    assert.deepEqual(unlabelled, []);
    await context.close();
  });
});
