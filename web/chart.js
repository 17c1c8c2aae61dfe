// The ranking chart: one horizontal bar per stack, drawn as SVG from the
// result. Readable without colour: every bar carries its rank, name and
// score as text, the recommended stack is starred and bold (the legend
// under the chart says so), and extension stacks are labelled.

import { h, s } from './dom.js';

const ROW = 46;      // px per stack
const BAR_Y = 24;    // bar offset within a row
const BAR_H = 12;

export function chartLegend() {
  return h('p', { class: 'chart-legend' },
    h('span', {}, h('span', { class: 'legend-star', 'aria-hidden': 'true' }, '★'), ' recommended'),
    h('span', {}, h('em', {}, 'extension'), ': beyond the article’s four contenders'));
}

export function rankingChart(ranking, recommended) {
  const top = Math.max(100, ...ranking.map((r) => r.score));
  const height = ranking.length * ROW;
  const summary = ranking.map((r) => `${r.rank}. ${r.name}: ${r.score.toFixed(1)}`).join('; ');
  const svg = s('svg', {
    class: 'chart', width: '100%', height, role: 'img',
    'aria-labelledby': 'chart-title chart-desc', 'data-testid': 'ranking-chart',
  },
  s('title', { id: 'chart-title' }, 'Ranking of every stack, score out of 100'),
  s('desc', { id: 'chart-desc' }, summary));

  ranking.forEach((r, i) => {
    const y = i * ROW;
    const winner = r.stack === recommended;
    const pct = `${Math.max(0.5, (r.score / top) * 100).toFixed(2)}%`;
    const label = [`${r.rank}. ${r.name}`];
    const row = s('g', { class: ['chart-row', winner && 'chart-row-winner'], 'data-stack': r.stack },
      s('text', { class: 'chart-label', x: 0, y: y + 16 },
        winner ? s('tspan', { class: 'chart-rec' }, '★ ') : null, label,
        r.extension ? s('tspan', { class: 'chart-ext', dx: 6 }, 'extension') : null),
      s('text', { class: 'chart-score', x: '100%', y: y + 16, 'text-anchor': 'end' }, r.score.toFixed(1)),
      s('rect', { class: 'chart-track', x: 0, y: y + BAR_Y, width: '100%', height: BAR_H, rx: 3 }),
      s('rect', { class: 'chart-bar', x: 0, y: y + BAR_Y, width: pct, height: BAR_H, rx: 3 }));
    svg.append(row);
  });
  return svg;
}
