// The page's entry point: picks the view from the address (/ is the
// questionnaire, /#answers=... its result, /a/{id} a saved assessment) and
// moves between the questionnaire, the results and saving. Back from a
// result returns to the questionnaire, at the answer being changed. Every
// view names languages and stacks, so none is drawn before their names
// have come from the knowledge base.

import * as api from './api.js';
import { showAssessment } from './assessment.js';
import { announce, focusElement, h } from './dom.js';
import { Questionnaire } from './form.js';
import { startWithKbNames } from './kb_names.js';
import { defaultProfile } from './profile.js';
import { renderResult } from './results.js';
import './print.js';
import { savePanel } from './share.js';
import { clearDraft, loadDraft, rememberToken, saveDraft } from './store.js';
import { answersFromHash, answersHash, hasAnswers } from './url-state.js';
import { choiceName } from './verdict.js';

const view = document.getElementById('view');

const PAGE_TITLE = 'stackwise · choose your startup’s backend stack';

// The unsaved assessment of this tab: its questionnaire, last result, and
// the answer to return to when the founder goes back to change it.
const session = { questionnaire: null, profile: null, result: null, title: '', focusPath: null };

function newQuestionnaire(profile = loadDraft() || defaultProfile()) {
  return new Questionnaire({
    mode: 'new',
    profile,
    onDraft: saveDraft,
    onSubmit: async (answers) => {
      try {
        const result = await api.recommend(answers);
        session.profile = answers;
        session.result = result;
        window.history.pushState({ view: 'results' }, '', `/${answersHash(answers)}`);
        showResults();
      } catch (err) {
        session.questionnaire.showApiError(err);
      }
    },
  });
}

function showQuestionnaire({ focus = false, banner = '' } = {}) {
  if (!session.questionnaire) session.questionnaire = newQuestionnaire();
  view.replaceChildren(session.questionnaire.el);
  document.title = PAGE_TITLE;
  session.questionnaire.setBanner(banner);
  if (session.focusPath) {
    session.questionnaire.focusField(session.focusPath);
    session.focusPath = null;
  } else if (focus) {
    session.questionnaire.focusTitle();
    window.scrollTo(0, 0);
  }
}

// Back to the questionnaire: the entry before a result always is one.
function changeAnswers(path = null) {
  session.focusPath = path;
  window.history.back();
}

// A result opened from its address (a reload, a bookmark, Forward after
// the tab forgot it): the answers come from the hash, the result from the
// server. Opened directly, the questionnaire entry is put behind it.
async function openResultFromAddress() {
  const profile = answersFromHash();
  if (!profile) {
    window.history.replaceState({ view: 'questionnaire' }, '', '/');
    showQuestionnaire({ banner: 'The answers in this link could not be read. Answer the questions again.' });
    return;
  }
  if (!window.history.state || window.history.state.view !== 'results') {
    const hash = window.location.hash;
    window.history.replaceState({ view: 'questionnaire' }, '', '/');
    window.history.pushState({ view: 'results' }, '', `/${hash}`);
  }
  session.questionnaire = newQuestionnaire(profile);
  saveDraft(profile);
  view.replaceChildren(h('div', { class: 'loading-block', role: 'status' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', {}, 'Loading the recommendation…')));
  try {
    session.result = await api.recommend(profile);
    session.profile = profile;
  } catch (err) {
    window.history.back();
    window.addEventListener('popstate', () => session.questionnaire.showApiError(err), { once: true });
    return;
  }
  showResults();
}

function showResults() {
  const { result, profile } = session;
  const heading = h('h1', { class: 'page-title', 'data-testid': 'results-title' }, 'Your recommendation');
  const back = h('button', { type: 'button', class: 'btn btn-secondary', 'data-action': 'change-answers',
    on: { click: () => changeAnswers() } }, '← Change answers');
  const toSave = h('a', { class: 'btn btn-primary', href: '#save', on: { click: (event) => {
    event.preventDefault();
    const input = document.querySelector('#save input[name="title"]');
    input.scrollIntoView({ block: 'center' });
    input.focus({ preventScroll: true });
  } } }, 'Save and share');
  const save = savePanel({
    defaultTitle: session.title,
    onSave: async (title) => {
      session.title = title;
      let created;
      try {
        created = await api.createAssessment(title, profile);
      } catch (err) {
        if (err.path && err.path !== 'title') {
          // A profile answer was refused: show it in the questionnaire.
          window.addEventListener('popstate', () => session.questionnaire.showApiError(err), { once: true });
          window.history.back();
          return;
        }
        throw err;
      }
      rememberToken(created.id, created.edit_token);
      clearDraft();
      session.questionnaire = null;
      session.result = null;
      session.title = '';
      window.history.pushState({}, '', `/a/${encodeURIComponent(created.id)}`);
      await openAssessment(created.id, { notice: 'Saved. Anyone with the link below can read it.', justSaved: true });
    },
  });
  view.replaceChildren(
    h('header', { class: 'results-head' }, h('div', {}, h('p', { class: 'kicker' }, 'Based on your answers'), heading),
      h('div', { class: 'actions' }, back, toSave)),
    renderResult(result, { profile, onChangeAnswer: changeAnswers }),
    save);
  document.title = `${choiceName(result.recommendation)} — stackwise`;
  focusElement(heading, { top: true });
  announce(`Recommendation ready: ${result.recommendation.stack_name}` +
    (result.recommendation.framework ? ` with ${result.recommendation.framework}.` : '.'));
}

function openAssessment(id, options = {}) {
  return showAssessment(view, id, { ...options, onEdit: (data, token) => editAssessment(id, data, token) });
}

function editAssessment(id, data, token) {
  const questionnaire = new Questionnaire({
    mode: 'edit',
    profile: data.profile,
    title: data.title,
    onCancel: () => openAssessment(id),
    onSubmit: async (profile, title) => {
      try {
        await api.updateAssessment(id, token, title, profile);
      } catch (err) {
        if (err.status === 401 || err.status === 403) {
          questionnaire.setBanner('The server did not accept this browser’s edit key, so the changes were not saved.');
        } else {
          questionnaire.showApiError(err);
        }
        return;
      }
      await openAssessment(id, { notice: 'Changes saved. The share link shows the new answers.' });
    },
  });
  view.replaceChildren(questionnaire.el);
  document.title = `Edit ${data.title} · stackwise`;
  questionnaire.focusTitle();
  window.scrollTo(0, 0);
}

function showNotFound() {
  const heading = h('h1', { class: 'page-title' }, 'Page not found');
  view.replaceChildren(h('div', { class: 'problem' }, heading,
    h('p', { class: 'lead' }, 'There is nothing at this address.'),
    h('div', { class: 'actions' }, h('a', { class: 'btn btn-primary', href: '/' }, 'Start a new assessment'))));
}

function route(event) {
  const path = window.location.pathname;
  const match = path.match(/^\/a\/([^/]+)\/?$/);
  if (match) {
    openAssessment(decodeURIComponent(match[1]));
  } else if (path === '/' || path === '/index.html') {
    const same = session.result && window.location.hash === `${answersHash(session.profile)}`;
    if (hasAnswers() && same) showResults();
    else if (hasAnswers()) openResultFromAddress();
    else showQuestionnaire({ focus: !!event });
  } else {
    showNotFound();
  }
}

startWithKbNames(view, () => {
  window.addEventListener('popstate', route);
  route();
});
