// Two stacks side by side: pick any two from the ranking and see, criterion
// by criterion, where each one's points come from. Every criterion shows
// its share of the decision (the shares add up to 100%); each column of
// points adds up to that stack's score, and the differences add up to the
// gap between the two scores.

import { h, uniqueId } from './dom.js';
import { percentText, pointsText, ratingText, weightShares } from './points.js';

const TOP_REASONS = 2;

const signed = (n) => `${n > 0 ? '+' : n < 0 ? '−' : ''}${pointsText(Math.abs(n))}`;
// Differences of points already rounded to tenths, kept exact in tenths.
const tenths = (n) => Math.round(n * 10);

// The stacks compared first: the winner and the stack the founders lean
// toward, or the runner-up when they lean toward nothing else.
export function defaultPair(result) {
  const ids = result.ranking.map((s) => s.stack);
  const first = ids[0];
  const leaning = result.leaning_path && result.leaning_path.stack;
  const second = leaning && leaning !== first && ids.includes(leaning) ? leaning : ids[1];
  return [first, second || first];
}

function leadNames(rows, sign) {
  return rows.filter((r) => Math.sign(r.diff) === sign).slice(0, TOP_REASONS)
    .map((r) => `${r.name} (${signed(Math.abs(r.diff) / 10)})`).join(' and ');
}

// One sentence on who leads and why, in the words of the table below it.
export function comparisonSentence(a, b, rows) {
  const gap = tenths(a.score) - tenths(b.score);
  if (a.stack === b.stack) return `Pick a second stack to compare with ${a.name}.`;
  const [lead, other, sign] = gap >= 0 ? [a, b, 1] : [b, a, -1];
  let text = gap === 0
    ? `${a.name} and ${b.name} score the same, ${pointsText(a.score)} points each.`
    : `${lead.name} scores ${pointsText(Math.abs(gap) / 10)} points more than ${other.name} `
      + `(${pointsText(lead.score)} to ${pointsText(other.score)})`;
  if (gap !== 0) {
    const gains = leadNames(rows, sign);
    const losses = leadNames(rows, -sign);
    text += gains ? `, mostly on ${gains}` : '';
    text += losses ? `; ${other.name} gains on ${losses}.` : '.';
  }
  if (lead.eligible === false && other.eligible !== false) {
    text += ` ${other.name} still ranks higher: nobody on the team knows ${lead.name} well, and team expertise comes first.`;
  }
  return text;
}

function comparisonRows(a, b, shares) {
  return a.criteria.map((c, i) => ({
    id: c.id, name: c.name, share: shares[c.id] || 0,
    a: c, b: b.criteria[i], diff: tenths(c.contribution) - tenths(b.criteria[i].contribution),
  })).filter((r) => r.share > 0 || r.diff !== 0)
    .sort((x, y) => Math.abs(y.diff) - Math.abs(x.diff) || y.share - x.share);
}

function whyItem(stack, c) {
  return h('li', {}, h('strong', {}, `${stack.name}, ${ratingText(c.rating)}: `), c.why);
}

function leadCell(diff, a, b) {
  if (diff === 0) return h('td', { class: 'num cmp-diff', role: 'cell' }, h('span', { 'aria-label': 'no difference' }, '–'));
  const leader = diff > 0 ? a : b;
  return h('td', { class: 'num cmp-diff', role: 'cell', 'data-leader': leader.stack },
    h('span', { class: 'cmp-leader' }, leader.name), ' ', signed(Math.abs(diff) / 10));
}

function table(a, b, rows) {
  const gap = tenths(a.score) - tenths(b.score);
  const head = (text, cls) => h('th', { scope: 'col', role: 'columnheader', class: cls }, text);
  return h('table', { class: 'cmp-table', role: 'table', 'data-testid': 'compare-table' },
    h('caption', { class: 'visually-hidden' }, `${a.name} and ${b.name}, points per criterion`),
    h('thead', {}, h('tr', { role: 'row' },
      head('Criterion, its share and why', 'cmp-criterion'),
      head(a.name, 'num'), head(b.name, 'num'), head('Difference', 'num'))),
    h('tbody', {}, rows.map((r) => h('tr', { role: 'row', 'data-criterion': r.id },
      h('th', { scope: 'row', role: 'rowheader', class: 'cmp-criterion' },
        h('span', { class: 'cmp-name' }, r.name),
        h('span', { class: 'cmp-share', 'data-share': r.share }, `${percentText(r.share)} of the score: up to ${percentText(r.share).slice(0, -1)} points`),
        h('ul', { class: 'cmp-why' }, whyItem(a, r.a), whyItem(b, r.b))),
      h('td', { class: 'num cmp-points', role: 'cell', 'data-stack': a.stack },
        h('span', { class: 'cmp-who', 'aria-hidden': 'true' }, a.name), pointsText(r.a.contribution)),
      h('td', { class: 'num cmp-points', role: 'cell', 'data-stack': b.stack },
        h('span', { class: 'cmp-who', 'aria-hidden': 'true' }, b.name), pointsText(r.b.contribution)),
      leadCell(r.diff, a, b)))),
    h('tfoot', {}, h('tr', { role: 'row', class: 'cmp-total' },
      h('th', { scope: 'row', role: 'rowheader', class: 'cmp-criterion' }, 'Score out of 100',
        h('span', { class: 'cmp-share' }, 'the sum of the points above')),
      h('td', { class: 'num cmp-points', role: 'cell', 'data-testid': 'compare-score-a' },
        h('span', { class: 'cmp-who', 'aria-hidden': 'true' }, a.name), pointsText(a.score)),
      h('td', { class: 'num cmp-points', role: 'cell', 'data-testid': 'compare-score-b' },
        h('span', { class: 'cmp-who', 'aria-hidden': 'true' }, b.name), pointsText(b.score)),
      leadCell(gap, a, b))));
}

function picker(label, ranking, selected, onChange) {
  const id = uniqueId('compare');
  const select = h('select', { id, class: 'select', on: { change: () => onChange(select.value) } },
    ranking.map((s) => h('option', { value: s.stack, selected: s.stack === selected },
      `${s.rank}. ${s.name} (${pointsText(s.score)})`)));
  return { select, field: h('div', { class: 'field' }, h('label', { class: 'label', for: id }, label), select) };
}

// The comparison with its two pickers; `pair` is the two stack ids shown first.
export function renderComparison(result, pair = defaultPair(result)) {
  const byId = Object.fromEntries(result.ranking.map((s) => [s.stack, s]));
  const shares = weightShares(result.ranking);
  let [first, second] = pair;
  const sentence = h('p', { class: 'cmp-sentence', 'data-testid': 'compare-sentence', 'aria-live': 'polite' });
  const body = h('div', { class: 'cmp-body' });
  const left = picker('Compare', result.ranking, first, (v) => { if (v === second) second = first; first = v; draw(); });
  const right = picker('with', result.ranking, second, (v) => { if (v === first) first = second; second = v; draw(); });

  function draw() {
    left.select.value = first;
    right.select.value = second;
    const a = byId[first];
    const b = byId[second];
    const rows = comparisonRows(a, b, shares);
    sentence.textContent = comparisonSentence(a, b, rows);
    body.replaceChildren(table(a, b, rows));
  }
  draw();
  return h('div', { class: 'compare', 'data-testid': 'compare-view' },
    h('div', { class: 'cmp-pickers' }, left.field, right.field),
    sentence, body,
    h('p', { class: 'table-note' },
      'A criterion’s points are its share times the stack’s rating out of 5: a share of 25% and a rating of 4 of 5 give 20 points. Shares come from your answers.'));
}
