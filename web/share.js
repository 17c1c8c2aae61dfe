// Saving and sharing: the panel that names and saves a new assessment, and
// the share link box with its copy button. The link carries only the id;
// the edit token stays in this browser (store.js).

import { h, uniqueId } from './dom.js';
import { shareUrl } from './api.js';

// onSave(title) returns a promise; it rejects with an ApiError to show.
export function savePanel({ defaultTitle = '', onSave }) {
  const inputId = uniqueId('save-title');
  const errorId = uniqueId('save-error');
  const input = h('input', { id: inputId, class: 'input', type: 'text', name: 'title', maxlength: 200,
    autocomplete: 'off', placeholder: 'e.g. Acme: backend decision' });
  input.value = defaultTitle;
  const error = h('p', { class: 'field-error', id: errorId, 'data-testid': 'field-error', hidden: true });
  const button = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save and get a share link');
  const field = h('div', { class: 'field', 'data-path': 'title' },
    h('label', { class: 'label', for: inputId }, 'Name this assessment'), error,
    h('div', { class: 'inline-form' }, input, button));
  const banner = h('p', { class: 'form-status', role: 'alert', 'data-testid': 'save-status' });

  const showError = (message) => {
    error.replaceChildren(h('span', { class: 'field-error-icon', 'aria-hidden': 'true' }, '!'), ' ', message);
    error.hidden = false;
    field.classList.add('has-error');
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', errorId);
    input.focus();
  };
  const clear = () => {
    error.hidden = true;
    field.classList.remove('has-error');
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
    banner.textContent = '';
    banner.classList.remove('form-status-error');
  };

  const form = h('form', { id: 'save', class: 'panel save-panel', novalidate: true, 'aria-labelledby': 'save-h', 'data-testid': 'save-panel',
    on: { submit: async (event) => {
      event.preventDefault();
      if (button.disabled) return;
      clear();
      const title = input.value.trim();
      if (!title) {
        showError('Give the assessment a title, such as your company’s name.');
        return;
      }
      button.disabled = true;
      button.classList.add('is-busy');
      try {
        await onSave(title);
      } catch (err) {
        if (err.path === 'title') showError(err.message.replace(/^title: /, ''));
        else {
          banner.textContent = err.message;
          banner.classList.add('form-status-error');
        }
      } finally {
        button.disabled = false;
        button.classList.remove('is-busy');
      }
    } } },
  h('h2', { class: 'panel-title', id: 'save-h' }, 'Keep this decision'),
  h('p', { class: 'panel-text' }, 'Save it to get a link you can share with your co-founders or advisors, and an Architecture Decision Record to commit to your repository.'),
  field, banner);
  return form;
}

// A read-only box with the share URL and a copy button.
export function shareBox(id) {
  const url = shareUrl(id);
  const inputId = uniqueId('share-url');
  const input = h('input', { id: inputId, class: 'input share-input', type: 'text', readonly: true,
    value: url, 'data-testid': 'share-link', on: { focus: (e) => e.target.select() } });
  const status = h('span', { class: 'copy-status', role: 'status' });
  const copy = h('button', { type: 'button', class: 'btn btn-secondary', on: { click: async () => {
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = 'Link copied';
    } catch {
      input.focus();
      input.select();
      status.textContent = 'Press Ctrl+C (⌘C) to copy';
    }
  } } }, 'Copy link');
  return h('div', { class: 'share-box' },
    h('label', { class: 'label', for: inputId }, 'Share link (read-only for anyone who has it)'),
    h('div', { class: 'inline-form' }, input, copy, status));
}
