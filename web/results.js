// A recommendation result (src/engine/recommendation.h, JSON schema v1):
// the verdict first (verdict.js), so the first screen on a phone answers the
// question; then, one click away in collapsed sections, the answers behind
// it, the summary and confidence, the ranking chart, a comparison of any two
// stacks, warnings, tensions, checklist, advice, what-if, revisit triggers,
// and each stack's score explained criterion by criterion.

import { renderAnswers } from './answers.js';
import { chartLegend, rankingChart } from './chart.js';
import { renderComparison } from './compare.js';
import { h } from './dom.js';
import { CHECK_STATUS, CONFIDENCE } from './labels.js';
import { percentText, weightShares } from './points.js';
import { renderVerdict } from './verdict.js';

const fmt = (n) => Number(n || 0).toFixed(1);
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

// A collapsed section: its title is the summary a founder clicks to open.
// print: the section is part of the printed page (print.css), opened or not.
function section(id, title, intro, body, { open = false, print = false } = {}) {
  return h('details', { class: ['result-section', print && 'print-keep'], id, 'data-testid': id, open },
    h('summary', { class: 'section-title', id: `${id}-h` }, title),
    intro ? h('p', { class: 'section-intro' }, intro) : null,
    body);
}

function source(text) {
  return text ? h('p', { class: 'item-source' }, h('span', { class: 'visually-hidden' }, 'Source: '), text) : null;
}

function headline(result) {
  const rec = result.recommendation;
  const conf = result.confidence;
  return h('details', { class: 'result-section headline', id: 'why', 'data-testid': 'headline' },
    h('summary', { class: 'section-title', id: 'headline-h' }, `Why ${rec.stack_name}, and how sure`),
    rec.framework && !rec.stack_name.includes(rec.framework)
      ? h('span', { hidden: true, 'data-testid': 'recommended-framework' }, rec.framework) : null,
    h('p', { class: 'headline-summary', 'data-testid': 'summary' }, rec.summary),
    rec.framework_why ? h('p', { class: 'headline-why' },
      h('strong', {}, `Why ${rec.framework}: `), rec.framework_why) : null,
    h('div', { class: `confidence confidence-${conf.level}`, 'data-testid': 'confidence', 'data-level': conf.level },
      h('p', { class: 'confidence-badge' },
        h('span', { class: 'confidence-meter', 'aria-hidden': 'true' },
          ['low', 'medium', 'high'].map((lvl, i) => h('span', {
            class: ['meter-step', i <= ['low', 'medium', 'high'].indexOf(conf.level) && 'meter-on'] }))),
        h('strong', {}, CONFIDENCE[conf.level] || conf.level),
        h('span', { class: 'confidence-margin' },
          `${conf.margin < 0 ? 'trails' : 'leads'} by ${fmt(Math.abs(conf.margin))} points`)),
      // The stability sentence says what the reason would; older results have only the reason.
      stability(result) || (conf.why ? h('p', { class: 'confidence-why' }, conf.why) : null)));
}

// A share as the engine words it (engine::SharePercent): never "100%" unless
// every sample agreed, never "0%" for a stack that sometimes wins.
function percent(share) {
  if (share > 0 && share < 0.005) return 'under 1%';
  const p = Math.round(share * 100);
  return `${share < 1 && p === 100 ? 99 : p}%`;
}

// How stable the choice is (schema 1.1 `robustness`): the sentence, then each
// stack that ever ranks first with its share of the sampled weightings.
function stability(result) {
  const rob = result.robustness;
  if (!rob || !rob.summary) return null;
  const names = Object.fromEntries(result.ranking.map((s) => [s.stack, s.name]));
  const winners = rob.stacks.filter((s) => s.first > 0);
  return h('div', { class: 'stability', 'data-testid': 'stability' },
    h('p', { class: 'stability-summary' }, rob.summary),
    h('ul', { class: 'stability-shares', 'aria-label': 'How often each stack ranks first' },
      winners.map((s) => h('li', { class: 'stability-share', 'data-stack': s.stack },
        h('span', { class: 'stability-name' }, names[s.stack] || s.stack),
        h('meter', { min: 0, max: 1, value: s.first, 'aria-hidden': 'true' }),
        h('span', { class: 'stability-percent' }, percent(s.first))))),
    h('p', { class: 'stability-method' },
      `Across ${rob.samples.toLocaleString('en')} plausible weightings: each weight off by up to `
      + `${Math.round(rob.weight_spread * 100)}%, each rating by up to ${rob.rating_spread} points.`));
}

function itemList(items, kind, emptyText) {
  if (!items.length) return h('p', { class: 'empty-note', 'data-testid': `${kind}-empty` }, emptyText);
  return h('ul', { class: `items items-${kind}` }, items.map((item) =>
    h('li', { class: `item item-${kind}`, 'data-id': item.id, 'data-testid': kind },
      kind === 'warning' ? h('span', { class: 'item-icon', 'aria-hidden': 'true' }, '!') : null,
      h('div', { class: 'item-body' },
        item.title ? h('h3', { class: 'item-title' }, item.title) : null,
        h('p', { class: 'item-message' }, item.message),
        source(item.source)))));
}

function checklist(items) {
  return h('ul', { class: 'items items-check' }, items.map((c) => {
    const status = CHECK_STATUS[c.status] || { label: c.status, icon: '?' };
    return h('li', { class: `item checkitem checkitem-${c.status}`, 'data-id': c.id, 'data-status': c.status, 'data-testid': 'check' },
      h('span', { class: `status status-${c.status}`, 'data-testid': 'check-status' },
        h('span', { class: 'status-icon', 'aria-hidden': 'true' }, status.icon), status.label),
      h('div', { class: 'item-body' },
        h('h3', { class: 'item-title' }, c.item),
        h('p', { class: 'item-message' }, c.reason),
        source(c.source)));
  }));
}

function leaningPath(path) {
  if (!path) return null;
  return h('p', { class: 'leaning-path', 'data-testid': 'leaning-path', 'data-found': String(path.found) },
    h('strong', {}, `What it would take for ${path.stack_name}: `), path.summary);
}

function whatIf(items, path) {
  if (!items.length) {
    return [h('p', { class: 'empty-note', 'data-testid': 'what-if-empty' },
      'No change of one or two answers would change the winner: the recommendation is robust.'),
    leaningPath(path)];
  }
  return [leaningPath(path), h('ul', { class: 'items items-whatif' }, items.map((w) =>
    h('li', { class: 'item whatif', 'data-field': w.field, 'data-testid': 'what-if-item' },
      h('div', { class: 'item-body' },
        h('p', { class: 'item-message' }, h('strong', {}, w.change), ' → ',
          h('span', { 'data-stack': w.new_stack }, w.new_stack_name),
          ` would lead by ${fmt(w.new_margin)} points.`))))) ];
}

function criteriaTable(stack, shares) {
  const rows = stack.criteria.filter((c) => shares[c.id] > 0 || c.contribution !== 0);
  const hidden = stack.criteria.length - rows.length;
  const calc = (c) => `${percentText(shares[c.id] || 0)} × ${fmt(c.rating)}/5`;
  return [
    h('table', { class: 'criteria' },
      h('caption', { class: 'visually-hidden' }, `How ${stack.name} earned ${fmt(stack.score)} points`),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Criterion and why'),
        h('th', { scope: 'col', class: 'num calc' }, h('abbr', { title: 'the criterion’s share of the score times the rating out of 5' }, 'Share × rating')),
        h('th', { scope: 'col', class: 'num' }, 'Points'))),
      h('tbody', {}, rows.map((c) => h('tr', { 'data-criterion': c.id },
        h('td', {}, h('span', { class: 'criterion-name' }, c.name), h('span', { class: 'criterion-why' }, c.why)),
        h('td', { class: 'num calc' }, calc(c)),
        h('td', { class: 'num points' }, fmt(c.contribution),
          h('span', { class: 'calc-inline' }, calc(c)))))),
      h('tfoot', {}, h('tr', {}, h('th', { scope: 'row', class: 'score-label' }, 'Score'),
        h('td', { class: 'calc' }),
        h('td', { class: 'num points' }, fmt(stack.score))))),
    hidden ? h('p', { class: 'table-note' },
      `${plural(hidden, 'criterion', 'criteria')} with no weight for your answers not shown.`) : null,
  ];
}

function stackDetails(stack, recommended, shares) {
  const list = (title, items, cls) => (items && items.length
    ? h('div', { class: `traits ${cls}` }, h('h4', {}, title), h('ul', {}, items.map((t) => h('li', {}, t))))
    : null);
  return h('details', { class: 'stack-details', 'data-stack': stack.stack, open: stack.stack === recommended },
    h('summary', {},
      h('span', { class: 'stack-rank' }, `${stack.rank}.`),
      h('span', { class: 'stack-name' }, stack.name),
      stack.extension ? h('span', { class: 'tag' }, 'extension') : null,
      stack.eligible === false ? h('span', { class: 'tag', title: 'Nobody on the team knows it well: team expertise comes first' }, 'team does not know it') : null,
      stack.stack === recommended ? h('span', { class: 'tag tag-accent' }, 'recommended') : null,
      h('span', { class: 'stack-score' }, `${fmt(stack.score)} points`)),
    h('div', { class: 'stack-body' },
      criteriaTable(stack, shares),
      h('div', { class: 'traits-grid' },
        list('Strengths', stack.strengths, 'traits-strengths'),
        list('Concerns', stack.concerns, 'traits-concerns')),
      stack.frameworks && stack.frameworks.length ? h('div', { class: 'frameworks' },
        h('h4', {}, 'Frameworks'),
        h('ul', {}, stack.frameworks.map((f) => h('li', { class: f.recommended ? 'framework-rec' : null },
          h('strong', {}, f.name), f.recommended ? h('span', { class: 'tag tag-accent' }, 'fits you') : null,
          ' ', f.fit)))) : null));
}

// options.profile: the answers behind the result, shown first among the
// details (open with answersOpen, as on a shared page); onChangeAnswer(path)
// gives each answer a "Change" button.
export function renderResult(result, { profile = null, onChangeAnswer = null, answersOpen = false } = {}) {
  const rec = result.recommendation.stack;
  const kb = result.knowledge_base || {};
  const shares = weightShares(result.ranking);
  return h('div', { class: 'result', 'data-testid': 'result' },
    renderVerdict(result),
    h('p', { class: 'details-intro' }, 'The details, one click away:'),
    profile ? section('answers-section', 'The answers behind this result', null,
      renderAnswers(profile, { onChange: onChangeAnswer }), { open: answersOpen, print: true }) : null,
    headline(result),
    section('ranking', 'How every stack ranks',
      'Scores out of 100. Each criterion is a share of the score, set by your answers; a stack earns that share times its rating out of 5.',
      h('div', { class: 'chart-wrap' }, rankingChart(result.ranking, rec), chartLegend()), { print: true }),
    section('compare', 'Compare two stacks side by side', null, renderComparison(result)),
    section('warnings', 'Common mistakes found in your answers', null,
      itemList(result.warnings, 'warning', 'None of the article’s common mistakes show up in your answers.'), { print: true }),
    section('tensions', 'Where your answers pull apart', null,
      itemList(result.tensions, 'tension', 'Your answers point the same way: no tension between the five questions.')),
    section('checklist', 'Implementation checklist', 'The article’s checklist, checked against your answers.',
      checklist(result.checklist), { print: true }),
    section('advice', 'Advice', null, itemList(result.advice, 'advice', 'No extra advice for these answers.')),
    section('what-if', 'What would change the recommendation', 'The smallest changes of answer that would put another stack first.',
      whatIf(result.what_if, result.leaning_path)),
    section('revisit', 'When to revisit this decision', null,
      itemList(result.revisit_triggers, 'revisit', 'Nothing specific: revisit when the team or the product changes a lot.')),
    section('breakdown', 'Score breakdown per stack', 'Open a stack to see every criterion’s points and why.',
      h('div', { class: 'stack-list' }, result.ranking.map((st) => stackDetails(st, rec, shares)))),
    h('p', { class: 'kb-note' }, `Knowledge base ${kb.version || 'unknown'}`,
      kb.sha256 ? h('span', { class: 'kb-sha' }, ` · ${kb.sha256.slice(0, 12)}`) : null));
}
