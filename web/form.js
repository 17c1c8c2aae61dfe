// The questionnaire: builds the form from index.html's template, shows a
// profile in it, reads it back (with the checks a browser can make before
// the server sees it), reveals follow-up questions only when they apply,
// and shows errors next to their fields.

import { h } from './dom.js';
import { clearErrors, findTarget, showErrors } from './errors.js';
import { languageLabels, stackLabels } from './kb_names.js';
import { KINDS, REASONS, REGIONS } from './labels.js';
import { completeProfile } from './profile.js';
import { attachProgress } from './progress.js';
import { TeamEditor } from './team.js';

// By each list's data-options name in index.html; a function, because the
// knowledge base's names arrive after this module is loaded.
const optionLists = () => ({
  languages: languageLabels(), kinds: KINDS, regions: REGIONS, reasons: REASONS, stacks: stackLabels(),
});

function fillOptions(form) {
  const lists = optionLists();
  for (const select of form.querySelectorAll('select[data-options]')) {
    const options = lists[select.dataset.options];
    const empty = select.dataset.empty ? [h('option', { value: '' }, select.dataset.empty)] : [];
    select.replaceChildren(...empty, ...options.map(([value, label]) => h('option', { value }, label)));
  }
  for (const grid of form.querySelectorAll('div[data-options]')) {
    const options = lists[grid.dataset.options];
    grid.replaceChildren(...options.map(([value, label]) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', name: grid.dataset.name, value }), h('span', {}, label))));
  }
}

// A whole number typed by a founder: "1,000" and " 12 " are fine; the sign
// is kept so the server can say why a negative count is refused.
function parseCount(text) {
  const cleaned = text.replace(/[\s,_]/g, '');
  if (!/^-?\d{1,15}$/.test(cleaned)) return null;
  return Number(cleaned);
}

export class Questionnaire {
  // mode: "new" (see a recommendation) or "edit" (save changes to a saved
  // assessment); onSubmit(profile, title) returns a promise.
  constructor({ mode, profile, title = '', onSubmit, onCancel, onDraft }) {
    this.mode = mode;
    this.onSubmit = onSubmit;
    this.onDraft = onDraft || (() => {});
    const template = document.getElementById('tpl-questionnaire');
    this.form = template.content.firstElementChild.cloneNode(true);
    this.el = this.form;
    fillOptions(this.form);
    this.form.querySelector('[data-role="error-summary"]').after(attachProgress(this.form));
    this.engineersTouched = false;
    this.laterTouched = false;
    this.team = new TeamEditor(
      this.form.querySelector('[data-role="members"]'),
      this.form.querySelector('[data-role="empty-team"]'),
      () => this.onTeamChange());
    this.form.querySelector('[data-action="add-member"]')
      .addEventListener('click', () => { this.team.addMember(); this.onTeamChange(); });
    this.form.elements.engineers_now.addEventListener('input', () => { this.engineersTouched = true; });
    this.form.elements.engineers_in_12_months.addEventListener('input', () => { this.laterTouched = true; });
    this.form.addEventListener('change', (event) => { this.clearStale(event.target); this.updateFollowups(); this.draft(); });
    this.form.addEventListener('keydown', (event) => this.onKeydown(event));
    this.form.addEventListener('input', () => this.draft());
    this.form.addEventListener('submit', (event) => { event.preventDefault(); this.submit(); });

    if (mode === 'edit') {
      this.form.querySelector('[data-role="title-section"]').hidden = false;
      this.form.elements.title.value = title;
      this.form.querySelector('[data-role="form-title"]').textContent = 'Edit your answers';
      this.submitButton.textContent = 'Save changes';
      const cancel = this.form.querySelector('[data-action="cancel-edit"]');
      cancel.hidden = false;
      cancel.addEventListener('click', () => onCancel());
      this.engineersTouched = true;
      this.laterTouched = true;
    }
    this.setProfile(profile);
  }

  get submitButton() {
    return this.form.querySelector('[data-role="submit"]');
  }

  setProfile(input) {
    const p = completeProfile(input);
    const els = this.form.elements;
    this.team.setTeam(p.team);
    this.setRadio('ai_ml', p.product.ai_ml);
    this.setRadio('ai_ml_approach', p.product.ai_ml_approach);
    this.setRadio('realtime', p.product.realtime);
    this.setRadio('workload', p.product.workload);
    els.performance_differentiator.checked = !!p.product.performance_differentiator;
    els.expected_peak_rps.value = p.product.expected_peak_rps ?? '';
    els.kind.value = p.product.kind;
    els.data_intensive.checked = !!p.product.data_intensive;
    els.server_rendering.checked = !!p.product.server_rendering;
    els.engineers_now.value = p.company.engineers_now;
    els.engineers_in_12_months.value = p.company.engineers_in_12_months;
    els.hiring_region.value = p.company.hiring_region;
    this.setRadio('launched', p.company.launched ? 'yes' : 'no');
    els.current_backend.value = p.company.current_backend || '';
    this.setChecks('planned_languages', p.company.planned_languages || []);
    els.leaning_stack.value = p.leaning.stack || '';
    this.setChecks('reasons', p.leaning.reasons || []);
    this.updateFollowups();
  }

  setRadio(name, value) {
    for (const input of this.form.querySelectorAll(`input[name="${name}"]`)) {
      input.checked = input.value === value;
    }
  }

  setChecks(name, values) {
    for (const input of this.form.querySelectorAll(`input[name="${name}"]`)) {
      input.checked = values.includes(input.value);
    }
  }

  radio(name) {
    const checked = this.form.querySelector(`input[name="${name}"]:checked`);
    return checked ? checked.value : null;
  }

  checks(name) {
    return [...this.form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
  }

  // Follow-ups: the current backend once launched, reasons once leaning.
  updateFollowups() {
    const show = {
      launched: this.radio('launched') === 'yes',
      ai_ml: (this.radio('ai_ml') || 'none') !== 'none',
      leaning: this.form.elements.leaning_stack.value !== '',
    };
    for (const el of this.form.querySelectorAll('[data-show-when]')) {
      el.hidden = !show[el.dataset.showWhen];
    }
  }

  // Answers that no longer apply are cleared, so they cannot reach the
  // result: the reasons belonged to the old leaning, the AI/ML approach
  // means nothing without AI/ML.
  clearStale(target) {
    if (!target) return;
    if (target.name === 'leaning_stack') this.setChecks('reasons', []);
    if (target.name === 'ai_ml' && target.value === 'none') this.setRadio('ai_ml_approach', 'unknown');
  }

  // Enter in a text box moves to the next field instead of submitting the
  // whole questionnaire; buttons and the submit button keep their meaning.
  onKeydown(event) {
    if (event.key !== 'Enter' || event.isComposing) return;
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || !['text', 'number', 'search', 'tel', 'url', 'email'].includes(target.type)) return;
    event.preventDefault();
    const focusable = [...this.form.querySelectorAll('input, select, textarea, button')]
      .filter((el) => !el.disabled && el.offsetParent !== null && el.type !== 'hidden');
    const next = focusable[focusable.indexOf(target) + 1];
    if (next) next.focus();
  }

  // The engineer counts follow the team list until the founder types them.
  onTeamChange() {
    const els = this.form.elements;
    const count = this.team.count();
    if (!this.engineersTouched) els.engineers_now.value = count;
    if (!this.laterTouched) {
      const later = parseCount(els.engineers_in_12_months.value);
      if (later === null || later < count) els.engineers_in_12_months.value = count;
    }
    this.draft();
  }

  draft() {
    if (this.mode !== 'new') return;
    const { profile } = this.read();
    this.onDraft(profile);
  }

  // {profile, errors}; errors are {path, message}.
  read() {
    const els = this.form.elements;
    const errors = [];
    const { team, errors: teamErrors } = this.team.read();
    errors.push(...teamErrors);

    const count = (name, path, label, required) => {
      const text = els[name].value.trim();
      if (text === '' && !required) return undefined;
      const value = parseCount(text);
      if (value === null) {
        errors.push({ path, message: text === ''
          ? `Enter ${label} (0 if none).`
          : `Enter ${label} as a whole number, like 3.` });
      }
      return value;
    };

    const product = {
      ai_ml: this.radio('ai_ml'),
      ai_ml_approach: this.radio('ai_ml') !== 'none' ? (this.radio('ai_ml_approach') || 'unknown') : 'unknown',
      realtime: this.radio('realtime'),
      workload: this.radio('workload'),
      data_intensive: els.data_intensive.checked,
      kind: els.kind.value,
      performance_differentiator: els.performance_differentiator.checked,
      server_rendering: els.server_rendering.checked,
    };
    const rps = count('expected_peak_rps', 'product.expected_peak_rps', 'the expected peak', false);
    if (rps !== undefined) product.expected_peak_rps = rps;

    const launched = this.radio('launched') === 'yes';
    const company = {
      engineers_now: count('engineers_now', 'company.engineers_now', 'the number of engineers today', true),
      engineers_in_12_months: count('engineers_in_12_months', 'company.engineers_in_12_months',
        'the number of engineers you expect in 12 months', true),
      hiring_region: els.hiring_region.value,
      launched,
      current_backend: launched ? (els.current_backend.value || null) : null,
      planned_languages: this.checks('planned_languages'),
    };

    const stack = els.leaning_stack.value || null;
    const leaning = { stack, reasons: stack ? this.checks('reasons') : [] };

    return { profile: { team, product, company, leaning }, errors };
  }

  title() {
    return this.form.elements.title.value.trim();
  }

  async submit() {
    if (this.busy) return;
    clearErrors(this.form);
    this.setBanner('');
    const { profile, errors } = this.read();
    if (this.mode === 'edit' && !this.title()) {
      errors.unshift({ path: 'title', message: 'Give the assessment a title.' });
    }
    if (errors.length) {
      showErrors(this.form, errors);
      return;
    }
    this.setBusy(true);
    try {
      await this.onSubmit(profile, this.title());
    } finally {
      this.setBusy(false);
    }
  }

  // Server errors: next to their field when the path names one.
  showApiError(error) {
    if (error.path) showErrors(this.form, [error]);
    else this.setBanner(error.message);
  }

  setBanner(message) {
    const status = this.form.querySelector('[data-role="form-status"]');
    status.textContent = message;
    status.classList.toggle('form-status-error', !!message);
  }

  setBusy(busy) {
    this.busy = busy;
    const button = this.submitButton;
    button.disabled = busy;
    button.classList.toggle('is-busy', busy);
    this.form.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  // Returns to one answer (a profile path such as "product.ai_ml"): its
  // field is scrolled into view and its first control, or the chosen
  // option, takes focus.
  focusField(path) {
    const target = findTarget(this.form, path);
    if (!target) return this.focusTitle();
    const controls = [...target.querySelectorAll('input, select, textarea, button')]
      .filter((el) => !el.disabled && !el.closest('[hidden]'));
    const control = (target.matches('input, select') && target)
      || controls.find((el) => el.type === 'radio' && el.checked)
      || controls.find((el) => el.matches('input, select')) || controls[0];
    target.scrollIntoView({ block: 'center' });
    if (control) control.focus({ preventScroll: true });
    return control;
  }

  focusTitle() {
    const title = this.form.querySelector('[data-role="form-title"]');
    title.setAttribute('tabindex', '-1');
    title.focus({ preventScroll: true });
  }
}
