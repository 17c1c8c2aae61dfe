// One founder's answers in a group decision: their name, the languages
// they know, and the product and company questions each founder answers on
// their own. A shorter form than the questionnaire's: revising starts from
// the founder's saved profile, so answers this form does not ask keep
// their saved values.

import { h, uniqueId } from './dom.js';
import { languageLabels, stackLabels } from './kb_names.js';
import { KINDS, LEVELS, REGIONS } from './labels.js';
import { completeProfile } from './profile.js';

const SKILL_ROWS = 3;

const AI_ML = [['none', 'None'], ['planned', 'A planned feature'], ['core', 'Core to the product']];
const REALTIME = [['none', 'None'], ['some', 'Some live updates'], ['core', 'Core (chat, collaboration)']];
const WORKLOAD = [['io_bound', 'I/O-bound (APIs, databases)'], ['cpu_bound', 'CPU-bound (heavy computation)'],
  ['mixed', 'Mixed'], ['unknown', 'Not sure yet']];

function select(name, options, value, { empty } = {}) {
  const el = h('select', { class: 'select', name },
    empty ? h('option', { value: '' }, empty) : null,
    options.map(([id, label]) => h('option', { value: id }, label)));
  el.value = value ?? '';
  return el;
}

function field(path, label, control, hint) {
  const id = uniqueId('gf');
  control.id = id;
  return h('div', { class: 'field', 'data-path': path },
    h('label', { class: 'label', for: id }, label),
    hint ? h('p', { class: 'hint' }, hint) : null,
    control);
}

function radios(path, legend, name, options, value) {
  return h('fieldset', { class: 'field group-choices', 'data-path': path },
    h('legend', { class: 'label' }, legend),
    h('div', { class: 'choices-inline' }, options.map(([id, label]) => h('label', { class: 'check' },
      h('input', { type: 'radio', name, value: id, checked: id === value }), ' ', h('span', {}, label)))));
}

function skillRows(skills) {
  const known = Object.entries(skills || {});
  return Array.from({ length: SKILL_ROWS }, (_, i) => {
    const [language, level] = known[i] || ['', 'working'];
    const languageSelect = select(`language-${i}`, languageLabels(), language, { empty: '— a language —' });
    languageSelect.setAttribute('aria-label', `Language ${i + 1}`);
    const levelSelect = select(`level-${i}`, LEVELS, level);
    levelSelect.setAttribute('aria-label', `Level in language ${i + 1}`);
    return h('li', { class: 'skill-fields' }, languageSelect, levelSelect);
  });
}

// onSubmit(name, profile) returns a promise; it rejects with an error
// carrying {message, path} to show.
export function answerForm({ name = '', profile: saved, onSubmit }) {
  const profile = completeProfile(saved);
  const me = profile.team.find((m) => m.name === name) || profile.team[0] || { skills: {} };
  const nameInput = h('input', { class: 'input', type: 'text', name: 'name', maxlength: 80,
    autocomplete: 'name', required: true, placeholder: 'e.g. Ana' });
  nameInput.value = name;
  const number = (fieldName, value) => {
    const input = h('input', { class: 'input input-number', type: 'number', name: fieldName, min: 0, max: 100000, step: 1 });
    input.value = String(value);
    return input;
  };
  const status = h('p', { class: 'form-status', role: 'alert', 'data-testid': 'answer-status' });
  const button = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save my answers');

  const form = h('form', { class: 'panel group-answer', novalidate: true, 'data-testid': 'answer-form',
    'aria-labelledby': 'answer-h' },
  h('h2', { id: 'answer-h', class: 'panel-title' }, 'Your answers'),
  h('p', { class: 'panel-text' }, 'Answer on your own; the others see your answers next to theirs. Answering again under the same name replaces your answers.'),
  field('name', 'Your name', nameInput),
  h('fieldset', { class: 'field', 'data-path': 'profile.team' },
    h('legend', { class: 'label' }, 'The languages you know, and how well'),
    h('ul', { class: 'skills group-skills' }, skillRows(me.skills))),
  radios('profile.product.ai_ml', 'How central is AI/ML to the product?', 'ai_ml', AI_ML, profile.product.ai_ml),
  radios('profile.product.realtime', 'Real-time features?', 'realtime', REALTIME, profile.product.realtime),
  radios('profile.product.workload', 'What does the backend mostly do?', 'workload', WORKLOAD, profile.product.workload),
  field('profile.product.kind', 'What are you building?', select('kind', KINDS, profile.product.kind)),
  h('div', { class: 'field-row' },
    field('profile.company.engineers_now', 'Engineers now', number('engineers_now', profile.company.engineers_now)),
    field('profile.company.engineers_in_12_months', 'Engineers in 12 months',
      number('engineers_in_12_months', profile.company.engineers_in_12_months))),
  field('profile.company.hiring_region', 'Where will you hire?', select('hiring_region', REGIONS, profile.company.hiring_region)),
  field('profile.leaning.stack', 'Which stack do you lean toward?',
    select('leaning', stackLabels(), profile.leaning.stack, { empty: 'No preference' })),
  h('div', { class: 'form-actions' }, button, status));

  const read = () => {
    const data = new FormData(form);
    const skills = {};
    for (let i = 0; i < SKILL_ROWS; i += 1) {
      const language = data.get(`language-${i}`);
      if (language) skills[language] = data.get(`level-${i}`);
    }
    const founder = String(data.get('name') || '').trim();
    const team = profile.team.filter((m) => m !== me);
    if (Object.keys(skills).length) team.unshift({ name: founder, skills });
    const leaning = data.get('leaning') || null;
    return {
      name: founder,
      profile: {
        team,
        product: { ...profile.product, ai_ml: data.get('ai_ml'), realtime: data.get('realtime'),
          workload: data.get('workload'), kind: data.get('kind') },
        company: { ...profile.company, hiring_region: data.get('hiring_region'),
          engineers_now: Number(data.get('engineers_now')),
          engineers_in_12_months: Number(data.get('engineers_in_12_months')) },
        leaning: { stack: leaning, reasons: leaning === profile.leaning.stack ? profile.leaning.reasons : [] },
      },
    };
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = '';
    status.classList.remove('form-status-error');
    const answers = read();
    button.disabled = true;
    button.classList.add('is-busy');
    try {
      await onSubmit(answers.name, answers.profile);
      status.textContent = 'Saved. Everyone with the link sees your answers now.';
    } catch (err) {
      status.classList.add('form-status-error');
      status.textContent = err.path ? `${err.path}: ${err.message}` : err.message;
      const target = form.querySelector(`[data-path="${CSS.escape(err.path || '')}"] input, [data-path="${CSS.escape(err.path || '')}"] select`);
      if (target) target.focus();
    } finally {
      button.disabled = false;
      button.classList.remove('is-busy');
    }
  });
  return form;
}
