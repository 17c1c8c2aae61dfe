// The answers that produced a result, in words: shown beside every result so
// an advisor reading a shared link can check what went in. Each answer
// names the questionnaire field it came from (data-path); with onChange,
// each gets a "Change" button that returns to that field.

import { h } from './dom.js';
import { languageLabels, stackNames } from './kb_names.js';
import { completeProfile } from './profile.js';
import {
  AI_APPROACH, AI_ML, KINDS, LEVELS, REALTIME, REASONS, REGIONS, WORKLOAD, labelOf,
} from './labels.js';

const lowerFirst = (text) => (/^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text);

function joinWords(words) {
  if (words.length < 2) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function memberText(member, i) {
  const skills = Object.entries(member.skills || {})
    .map(([language, level]) => `${labelOf(languageLabels(), language)} ${labelOf(LEVELS, level).toLowerCase()}`);
  const name = member.name && member.name.trim() ? member.name.trim() : `Engineer ${i + 1}`;
  return `${name}: ${skills.length ? skills.join(', ') : 'no backend language'}`;
}

function hiringWhere(region) {
  return region === 'global' ? 'hiring anywhere, remote' : `hiring in ${labelOf(REGIONS, region)}`;
}

// [{path, question, answer: string | string[]}] for a profile.
export function answerList(input) {
  const p = completeProfile(input);
  const { product, company, leaning } = p;
  const ai = product.ai_ml === 'none' ? labelOf(AI_ML, 'none')
    : `${labelOf(AI_ML, product.ai_ml)}, from ${labelOf(AI_APPROACH, product.ai_ml_approach || 'unknown')}`;
  const scale = [labelOf(WORKLOAD, product.workload)];
  if (product.performance_differentiator) scale.push('raw speed is a competitive edge');
  if (product.expected_peak_rps !== undefined && product.expected_peak_rps !== null) {
    scale.push(`peak of ${Number(product.expected_peak_rps).toLocaleString('en')} requests/s`);
  }
  const kind = [labelOf(KINDS, product.kind)];
  if (product.data_intensive) kind.push('data-intensive');
  if (product.server_rendering) kind.push('pages rendered on the server');
  const today = company.launched
    ? `Launched, ${company.current_backend ? `on ${labelOf(languageLabels(), company.current_backend)}` : 'with no backend of our own'}`
    : 'Not launched yet';
  const planned = company.planned_languages && company.planned_languages.length
    ? `; planning ${joinWords(company.planned_languages.map((l) => labelOf(languageLabels(), l)))}` : '';
  const reasons = (leaning.reasons || []).map((r) => lowerFirst(labelOf(REASONS, r)));
  const lean = leaning.stack
    ? `${labelOf(stackNames(), leaning.stack)}${reasons.length ? `, because ${joinWords(reasons)}` : ''}` : 'No leaning yet';
  return [
    { path: 'team', question: 'Team', answer: p.team.length ? p.team.map(memberText) : 'Nobody technical yet' },
    { path: 'product.ai_ml', question: 'AI/ML', answer: ai },
    { path: 'product.realtime', question: 'Real-time', answer: labelOf(REALTIME, product.realtime) },
    { path: 'product.workload', question: 'Server work', answer: scale.join('; ') },
    { path: 'company.engineers_now', question: 'Hiring',
      answer: `${company.engineers_now} engineers now, ${company.engineers_in_12_months} in 12 months; ${hiringWhere(company.hiring_region)}` },
    { path: 'product.kind', question: 'Product', answer: kind.join('; ') },
    { path: 'company.launched', question: 'Today', answer: today + planned },
    { path: 'leaning.stack', question: 'Leaning toward', answer: lean },
  ];
}

export function renderAnswers(profile, { onChange } = {}) {
  return h('dl', { class: 'answers', 'data-testid': 'answers' }, answerList(profile).map((a) =>
    h('div', { class: 'answer', 'data-path': a.path },
      h('dt', {}, a.question),
      h('dd', {},
        Array.isArray(a.answer)
          ? h('ul', { class: 'answer-list' }, a.answer.map((line) => h('li', {}, line)))
          : h('span', {}, a.answer),
        onChange ? h('button', { type: 'button', class: 'btn btn-link answer-change', 'data-action': 'change-answer',
          'aria-label': `Change ${a.question.toLowerCase()}`, on: { click: () => onChange(a.path) } }, 'Change') : null))));
}
