// The page's entry point: picks the view from the path (/ is the
// questionnaire and its results, /a/{id} a saved assessment) and moves
// between the questionnaire, the results and saving.

import * as api from './api.js';
import { showAssessment } from './assessment.js';
import { announce, focusElement, h } from './dom.js';
import { Questionnaire } from './form.js';
import { defaultProfile } from './profile.js';
import { renderResult } from './results.js';
import { savePanel } from './share.js';
import { clearDraft, loadDraft, rememberToken, saveDraft } from './store.js';

const view = document.getElementById('view');

// The unsaved assessment of this tab: its questionnaire and last result.
const session = { questionnaire: null, profile: null, result: null, title: '' };

function newQuestionnaire() {
  return new Questionnaire({
    mode: 'new',
    profile: loadDraft() || defaultProfile(),
    onDraft: saveDraft,
    onSubmit: async (profile) => {
      try {
        const result = await api.recommend(profile);
        session.profile = profile;
        session.result = result;
        window.history.pushState({ view: 'results' }, '', '/');
        showResults();
      } catch (err) {
        session.questionnaire.showApiError(err);
      }
    },
  });
}

function showQuestionnaire({ focus = false } = {}) {
  if (!session.questionnaire) session.questionnaire = newQuestionnaire();
  view.replaceChildren(session.questionnaire.el);
  document.title = 'stackwise · choose your startup’s backend stack';
  if (focus) {
    session.questionnaire.focusTitle();
    window.scrollTo(0, 0);
  }
}

function showResults() {
  const { result, profile } = session;
  const heading = h('h1', { class: 'page-title', 'data-testid': 'results-title' }, 'Your recommendation');
  const back = h('button', { type: 'button', class: 'btn btn-secondary', 'data-action': 'change-answers',
    on: { click: () => window.history.back() } }, '← Change answers');
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
    renderResult(result),
    save);
  document.title = `${result.recommendation.stack_name} · stackwise`;
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
    const state = window.history.state;
    if (state && state.view === 'results' && session.result) showResults();
    else showQuestionnaire({ focus: !!event });
  } else {
    showNotFound();
  }
}

window.addEventListener('popstate', route);
route();
