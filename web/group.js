// The page of a group decision (web/group.html): /g/new starts one, /g/{id}
// shows it. Everyone with the link sees each founder's answers, where they
// disagree and whether it matters, and the combined decision; the page
// polls the server and redraws when someone answers. The invite token
// comes in the link's fragment (#invite=...), which never reaches a server
// log or a Referer; this browser keeps it, and the edit token, in
// localStorage. Every text is set as text, never as markup.

import { announce, focusElement, h } from './dom.js';
import * as groups from './group_api.js';
import { answerForm } from './group_form.js';
import { startWithKbNames } from './kb_names.js';
import { renderResult } from './results.js';

const POLL_MS = 2000;
const view = document.getElementById('view');

const remembered = groups.rememberedToken;
const remember = groups.rememberToken;

function problem(message) {
  view.replaceChildren(h('div', { class: 'panel problem', role: 'alert', 'data-testid': 'group-problem' },
    h('h1', { class: 'page-title' }, 'This group decision is not available'),
    h('p', {}, message),
    h('p', {}, h('a', { href: '/g/new' }, 'Start a new group decision'))));
}

// /g/new: name the decision, then go to its page as its creator.
function showCreate() {
  document.title = 'stackwise · decide together';
  const input = h('input', { id: 'group-title', class: 'input', type: 'text', name: 'title', maxlength: 200,
    autocomplete: 'off', placeholder: 'e.g. Acme: backend decision' });
  const status = h('p', { class: 'form-status', role: 'alert', 'data-testid': 'create-status' });
  const form = h('form', { class: 'panel', novalidate: true, 'data-testid': 'create-group',
    on: { submit: async (event) => {
      event.preventDefault();
      try {
        const created = await groups.createGroup(input.value);
        remember(created.id, 'edit', created.edit_token);
        remember(created.id, 'invite', created.invite_token);
        window.location.assign(`/g/${encodeURIComponent(created.id)}`);
      } catch (err) {
        status.classList.add('form-status-error');
        status.textContent = err.message;
        input.focus();
      }
    } } },
  h('div', { class: 'field', 'data-path': 'title' },
    h('label', { class: 'label', for: 'group-title' }, 'Name the decision'),
    h('div', { class: 'inline-form' }, input,
      h('button', { type: 'submit', class: 'btn btn-primary' }, 'Start and get the invite link'))),
  status);
  view.replaceChildren(
    h('div', { class: 'page-intro' },
      h('h1', { class: 'page-title' }, 'Decide your backend together'),
      h('p', { class: 'lead' }, 'Each founder answers the questions on their own. stackwise shows where your answers differ, which differences change the recommendation, and which ones you can skip arguing about.')),
    form);
  input.focus();
}

function copyBox(label, url, testid) {
  const input = h('input', { class: 'input share-input', type: 'text', readonly: true, value: url,
    'aria-label': label, 'data-testid': testid });
  const status = h('span', { class: 'copy-status', role: 'status' });
  return h('div', { class: 'field' },
    h('p', { class: 'label' }, label),
    h('div', { class: 'inline-form' }, input,
      h('button', { type: 'button', class: 'btn btn-secondary', on: { click: async () => {
        input.select();
        try {
          await navigator.clipboard.writeText(url);
          status.textContent = 'Copied';
        } catch {
          status.textContent = 'Select the link and copy it';
        }
      } } }, 'Copy')),
    status);
}

function linksPanel(group, tokens, onDelete) {
  return h('section', { class: 'panel group-links', 'aria-label': 'Links' },
    tokens.invite ? copyBox('Invite link: whoever has it can add or revise answers', groups.inviteUrl(group.id, tokens.invite), 'invite-link') : null,
    copyBox('Read-only link', groups.groupPageUrl(group.id), 'share-link'),
    h('div', { class: 'actions' },
      group.responses.length ? h('a', { class: 'btn btn-secondary', href: groups.groupAdrUrl(group.id), 'data-testid': 'adr-link' },
        'Download the decision record') : null,
      tokens.edit ? h('button', { type: 'button', class: 'btn btn-link btn-link-danger push-end', on: { click: onDelete } },
        'Delete this group decision') : null));
}

function responsesSection(group) {
  const items = group.responses.map((r) => h('li', { class: 'group-response', 'data-testid': 'response', 'data-name': r.name },
    h('strong', { class: 'group-response-name' }, r.name),
    h('span', {}, `: on their own answers, ${r.recommendation.stack_name} with ${r.recommendation.framework}`)));
  return h('section', { class: 'group-section', 'aria-labelledby': 'responses-h' },
    h('h2', { id: 'responses-h' }, `Answers (${group.responses.length} of at most ${group.max_responses})`),
    items.length ? h('ul', { class: 'group-responses' }, items)
      : h('p', { class: 'meta', 'data-testid': 'no-responses' }, 'Nobody has answered yet. Send the invite link to your co-founders.'));
}

function disagreementsSection(result) {
  if (!result || !result.founders) return null;
  const list = result.disagreements || [];
  const items = list.map((d) => h('li', {
    class: ['group-disagreement', d.changes_winner ? 'is-decisive' : 'is-moot'],
    'data-testid': 'disagreement', 'data-field': d.field, 'data-decides': String(d.changes_winner) },
  h('span', { class: ['tag', d.changes_winner ? 'tag-accent' : null] }, d.changes_winner ? 'Decides the stack' : 'Does not matter'),
  ' ', d.summary));
  return h('section', { class: 'group-section', 'aria-labelledby': 'disagreements-h' },
    h('h2', { id: 'disagreements-h' }, 'Where you disagree'),
    items.length ? h('ul', { class: 'group-disagreements' }, items)
      : h('p', { class: 'meta', 'data-testid': 'no-disagreements' }, 'You answered every question alike.'));
}

function resultSection(result) {
  if (!result) return null;
  return h('section', { class: 'group-section', 'aria-labelledby': 'combined-h', 'data-testid': 'combined' },
    h('h2', { id: 'combined-h' }, 'The combined decision'),
    renderResult(result));
}

function live(group) {
  return h('div', { class: 'group-live', 'data-testid': 'group-live', 'data-updated': group.updated_at },
    responsesSection(group), disagreementsSection(group.result), resultSection(group.result));
}

async function showGroup(id) {
  const fromLink = new URLSearchParams(window.location.hash.slice(1)).get('invite');
  if (fromLink) {
    remember(id, 'invite', fromLink);
    window.history.replaceState(null, '', window.location.pathname);
  }
  const tokens = { invite: remembered(id, 'invite'), edit: remembered(id, 'edit') };
  let group;
  try {
    group = await groups.getGroup(id);
  } catch (err) {
    problem(err.status === 404 ? 'It was deleted, or the link is wrong.' : err.message);
    return;
  }
  document.title = `${group.title} · stackwise`;
  let liveEl = live(group);
  let timer = 0;
  const redraw = (next) => {
    const before = group.responses.length;
    group = next;
    const fresh = live(group);
    liveEl.replaceWith(fresh);
    liveEl = fresh;
    announce(group.responses.length > before ? 'A new answer arrived; the decision is updated.' : 'The answers changed; the decision is updated.');
  };
  const onDelete = async () => {
    if (!window.confirm('Delete this group decision and every answer? This cannot be undone.')) return;
    try {
      await groups.deleteGroup(id, tokens.edit);
      window.clearInterval(timer);
      remember(id, 'edit', '');
      remember(id, 'invite', '');
      remember(id, 'name', '');
      problem('It was deleted.');
    } catch (err) {
      announce(err.message);
    }
  };
  const myName = remembered(id, 'name');
  const mine = group.responses.find((r) => r.name === myName);
  const form = tokens.invite ? answerForm({
    name: mine ? mine.name : '',
    profile: mine ? mine.profile : null,
    onSubmit: async (name, profile) => {
      const saved = await groups.respond(id, tokens.invite, name, profile);
      remember(id, 'name', name);
      redraw(saved);
    },
  }) : null;
  // A founder who has answered sees the decision first; the form folds.
  const answering = form ? h('details', { class: 'group-answer-fold', open: !mine },
    h('summary', { class: 'btn btn-secondary' }, mine ? `Revise your answers (${mine.name})` : 'Add your answers'),
    form) : null;
  const heading = h('h1', { class: 'page-title', 'data-testid': 'group-title' }, group.title);
  view.replaceChildren(
    h('div', { class: 'page-intro' }, h('p', { class: 'kicker' }, 'Group decision'), heading),
    linksPanel(group, tokens, onDelete),
    answering,
    liveEl);
  focusElement(heading, { top: true });

  timer = window.setInterval(async () => {
    if (document.hidden) return;
    try {
      const next = await groups.getGroup(id);
      if (next.updated_at !== group.updated_at) redraw(next);
    } catch {
      // a missed poll is retried at the next tick
    }
  }, POLL_MS);
}

startWithKbNames(view, () => {
  const match = window.location.pathname.match(/^\/g\/([^/]+)$/);
  if (!match) problem('The link is not a group decision’s.');
  else if (match[1] === 'new') showCreate();
  else showGroup(decodeURIComponent(match[1]));
});
