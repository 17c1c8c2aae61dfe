// A saved assessment at /a/{id}: read-only for anyone with the link, with
// the answers behind it and its decision record; Edit and Delete appear
// only in a browser that holds its edit token.

import { adrPanel } from './adr.js';
import * as api from './api.js';
import { announce, focusElement, h } from './dom.js';
import { renderResult } from './results.js';
import { invitePanel } from './invite.js';
import { shareBox } from './share.js';
import { editToken, forgetToken } from './store.js';
import { choiceName } from './verdict.js';

function formatDate(value) {
  if (value === null || value === undefined || value === '') return '';
  const date = typeof value === 'number' ? new Date(value < 1e12 ? value * 1000 : value) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

function loading(text) {
  return h('div', { class: 'loading-block', 'data-testid': 'loading', role: 'status' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', {}, text));
}

function problem(title, text, actions) {
  const heading = h('h1', { class: 'page-title' }, title);
  document.title = `${title} — stackwise`;
  const el = h('div', { class: 'problem', 'data-testid': 'problem' }, heading,
    h('p', { class: 'lead' }, text), h('div', { class: 'actions' }, actions));
  return { el, heading };
}

function confirmDelete() {
  const dialog = document.getElementById('confirm-delete');
  return new Promise((resolve) => {
    dialog.returnValue = '';
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'delete'), { once: true });
    dialog.showModal();
  });
}

// view: the container; options.notice: a success message after a save;
// options.onEdit(data, token): reopens the questionnaire.
export async function showAssessment(view, id, { notice = '', justSaved = false, onEdit } = {}) {
  view.replaceChildren(loading('Loading the assessment…'));
  let data;
  try {
    data = await api.getAssessment(id);
  } catch (err) {
    const p = err.status === 404
      ? problem('Assessment not found', 'This link points to an assessment that does not exist or was deleted.',
        h('a', { class: 'btn btn-primary', href: '/' }, 'Start a new assessment'))
      : problem('Could not load the assessment', err.message, [
        h('button', { type: 'button', class: 'btn btn-primary',
          on: { click: () => showAssessment(view, id, { onEdit }) } }, 'Try again'),
        h('a', { class: 'btn btn-secondary', href: '/' }, 'Start a new assessment')]);
    view.replaceChildren(p.el);
    focusElement(p.heading, { top: true });
    return;
  }

  const token = editToken(id);
  const status = h('p', { class: 'form-status', role: 'alert', 'data-testid': 'assessment-status' });
  const actions = [
    h('a', { class: 'btn btn-secondary', href: '#adr-h', 'data-testid': 'to-adr', on: { click: (event) => {
      event.preventDefault();
      focusElement(document.getElementById('adr-h'));
    } } }, 'Decision record ↓'),
  ];
  if (token) {
    actions.push(
      h('button', { type: 'button', class: 'btn btn-secondary', 'data-action': 'edit',
        on: { click: () => onEdit(data, token) } }, 'Edit answers'),
      h('button', { type: 'button', class: 'btn btn-link btn-link-danger push-end', 'data-action': 'delete',
        on: { click: () => remove(view, id, token, status) } }, 'Delete assessment'));
  }

  const heading = h('h1', { class: 'page-title', 'data-testid': 'assessment-title' }, data.title);
  const updated = data.updated_at && data.updated_at !== data.created_at
    ? ` · updated ${formatDate(data.updated_at)}` : '';
  const sharePanel = h('div', { class: ['panel', 'share-panel', justSaved && 'panel-highlight'] },
    shareBox(id),
    h('div', { class: 'actions' }, actions),
    token ? h('p', { class: 'panel-note' }, 'This browser keeps the edit key, so only it can edit or delete this assessment. The share link never contains it.')
      : h('p', { class: 'panel-note', 'data-testid': 'read-only-note' }, 'Read-only: only the browser that saved this assessment can change it.'),
    token ? invitePanel({ title: data.title, profile: data.profile }) : null,
    status);
  // Whoever saved it needs the link first; whoever was sent it, the verdict.
  const owner = Boolean(token) || justSaved;
  const header = h('header', { class: 'assessment-head' },
    h('p', { class: 'kicker' }, 'Saved assessment'),
    heading,
    h('p', { class: 'meta' }, `Saved ${formatDate(data.created_at)}${updated}`,
      data.knowledge_base_version ? ` · knowledge base ${data.knowledge_base_version}` : ''),
    notice ? h('p', { class: 'banner banner-success', 'data-testid': 'notice' }, notice) : null,
    owner ? sharePanel : null,
    owner ? h('div', { class: 'actions actions-start' }, h('a', { href: '/', class: 'btn btn-link' }, '← Start a new assessment')) : null);

  view.replaceChildren(...[header,
    renderResult(data.result, { profile: data.profile, answersOpen: true }),
    owner ? null : sharePanel,
    adrPanel(id, data.result),
    owner ? null : h('div', { class: 'actions actions-start' }, h('a', { href: '/', class: 'btn btn-link' }, '← Start a new assessment')),
  ].filter(Boolean));
  document.title = `${data.title} · ${choiceName(data.result.recommendation)} — stackwise`;
  focusElement(heading, { top: true });
  announce(notice || `Assessment ${data.title}: ${data.result.recommendation.stack_name} recommended.`);
}

async function remove(view, id, token, status) {
  if (!(await confirmDelete())) return;
  status.textContent = '';
  try {
    await api.deleteAssessment(id, token);
  } catch (err) {
    status.classList.add('form-status-error');
    status.textContent = err.status === 401 || err.status === 403
      ? 'The server did not accept this browser’s edit key, so the assessment was not deleted.'
      : `Not deleted: ${err.message}`;
    return;
  }
  forgetToken(id);
  const heading = h('h1', { class: 'page-title' }, 'Assessment deleted');
  view.replaceChildren(h('div', { class: 'problem', 'data-testid': 'deleted' }, heading,
    h('p', { class: 'lead' }, 'Its share link no longer works.'),
    h('div', { class: 'actions' }, h('a', { class: 'btn btn-primary', href: '/' }, 'Start a new assessment'))));
  focusElement(heading, { top: true });
  announce('Assessment deleted.');
}
