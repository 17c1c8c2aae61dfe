// The verdict: the answer to the founder's question in plain words, shown
// before anything else: the recommendation, the answer to the leaning, how
// stable the choice is and three next steps. The same rules as
// src/io/verdict.cc, so the page, the terminal report and the ADR agree.

import { h } from './dom.js';

const NEXT_STEPS = 3;
// Team fit from one working engineer (README, "Team fit").
const TEAM_WORKS_IN_IT = 2.5;

const endSentence = (text) => (/[.!?]$/.test(text) ? text : `${text}.`);
const lowerFirst = (text) => (/^([A-Z][a-z]|A )/.test(text) ? text[0].toLowerCase() + text.slice(1) : text);

// Up to the first full stop followed by a space ("3.5" and "Node.js" stay whole).
const firstSentence = (text) => { const m = text.match(/^.*?[.!?](?=\s)/); return m ? m[0] : text; };

export function choiceName(rec) {
  if (!rec.framework || rec.stack_name.includes(rec.framework)) return rec.stack_name;
  return `${rec.stack_name} with ${rec.framework}`;
}

// "Keep" the launched backend, "Stay with" what the team works in, else "Choose".
export function winnerVerb(result) {
  const winner = result.ranking[0];
  if (!winner) return 'Choose';
  const criterion = (id) => winner.criteria.find((c) => c.id === id);
  const existing = criterion('existing_backend');
  if (existing && existing.contribution > 0) return 'Keep';
  const team = criterion('team_fit');
  if (team && team.rating >= TEAM_WORKS_IN_IT) return 'Stay with';
  return 'Choose';
}

function joinWords(words) {
  if (words.length < 2) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export function leaningSentence(result) {
  const path = result.leaning_path;
  if (!path) return '';
  const mistakes = joinWords(result.warnings
    .filter((w) => w.title && w.id !== 'polyglot_trap').map((w) => lowerFirst(w.title)));
  let text = `You lean toward ${path.stack_name}. ${winnerVerb(result)} ${result.recommendation.stack_name}`;
  text += mistakes ? `: the leaning shows the article’s common mistakes (${mistakes}).`
    : ': it fits your answers better.';
  // What it would take for the leaning to win stays in the details (what-if):
  // the first screen answers the question.
  return text;
}

export function nextSteps(result) {
  const steps = [];
  const add = (text) => { if (text && steps.length < NEXT_STEPS) steps.push(endSentence(text)); };
  const checks = (status) => result.checklist.filter((c) => c.status === status)
    .forEach((c) => add(c.reason || c.item));
  checks('fail');
  checks('warn');
  result.advice.forEach((a) => add(a.message));
  checks('todo');
  return steps;
}

const LEVEL_WORDS = { high: 'High confidence', medium: 'Medium confidence', low: 'Low confidence' };

export function renderVerdict(result) {
  const rec = result.recommendation;
  const conf = result.confidence;
  const leaning = leaningSentence(result);
  const steps = nextSteps(result);
  const stability = result.robustness && result.robustness.summary
    ? result.robustness.summary
    : `It ${conf.margin < 0 ? 'trails' : 'leads'} by ${Math.abs(Number(conf.margin || 0)).toFixed(1)} points.`;
  return h('section', { class: 'verdict', 'aria-labelledby': 'verdict-h', 'data-testid': 'verdict' },
    h('p', { class: 'verdict-kicker' }, 'Our answer'),
    h('h2', { class: 'verdict-title', id: 'verdict-h' }, 'Use ',
      h('span', { 'data-testid': 'recommended-stack', 'data-stack': rec.stack }, choiceName(rec)), '.'),
    leaning ? h('p', { class: 'verdict-leaning', 'data-testid': 'verdict-leaning' }, leaning) : null,
    h('p', { class: `verdict-stability confidence-${conf.level}`, 'data-testid': 'verdict-stability', 'data-level': conf.level },
      h('strong', {}, `${LEVEL_WORDS[conf.level] || conf.level}: `),
      h('span', { 'data-testid': 'stability-summary' }, endSentence(stability))),
    steps.length ? h('div', { class: 'verdict-steps' },
      h('h3', { class: 'verdict-steps-title' }, 'Next steps'),
      // The first sentence of each: the rest is in the checklist and advice.
      h('ol', { 'data-testid': 'next-steps' }, steps.map((s) => h('li', {}, firstSentence(s))))) : null);
}
