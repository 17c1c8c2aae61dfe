// "Decide together" on a saved assessment: its owner starts a group
// decision under the same title with their own answers as the first
// response, then goes to the group's page, which shows the invite link
// for co-founders (a token of its own, never the assessment's edit key).

import { h, uniqueId } from './dom.js';
import * as groups from './group_api.js';

export function invitePanel({ title, profile }) {
  const inputId = uniqueId('invite-name');
  const firstNamed = (profile.team || []).find((member) => member.name);
  const input = h('input', { id: inputId, class: 'input', type: 'text', name: 'name', maxlength: 80,
    autocomplete: 'name', placeholder: 'e.g. Ana' });
  input.value = firstNamed ? firstNamed.name : '';
  const status = h('p', { class: 'form-status', role: 'alert', 'data-testid': 'invite-status' });
  const button = h('button', { type: 'submit', class: 'btn btn-secondary' }, 'Invite co-founders to answer');
  return h('form', { class: 'invite-panel', novalidate: true, 'data-testid': 'invite-panel',
    on: { submit: async (event) => {
      event.preventDefault();
      if (button.disabled) return;
      const name = input.value.trim();
      if (!name) {
        status.textContent = 'Your name: the group decision lists each founder’s answers by name.';
        input.focus();
        return;
      }
      button.disabled = true;
      try {
        const created = await groups.createGroup(title);
        groups.rememberToken(created.id, 'edit', created.edit_token);
        groups.rememberToken(created.id, 'invite', created.invite_token);
        await groups.respond(created.id, created.invite_token, name, profile);
        window.location.assign(`/g/${encodeURIComponent(created.id)}`);
      } catch (err) {
        status.textContent = err.message;
        button.disabled = false;
      }
    } } },
  h('p', { class: 'panel-text' }, 'Deciding with co-founders? Each answers separately; the group page shows where you disagree and whether it changes the stack.'),
  h('div', { class: 'field' },
    h('label', { class: 'label', for: inputId }, 'Your name'),
    h('div', { class: 'inline-form' }, input, button)),
  status);
}
