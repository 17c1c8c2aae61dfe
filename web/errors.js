// Validation messages next to the field they concern. Errors carry a path
// in the profile ("product.ai_ml", "team[0].skills.go"; the assessments API
// prefixes "profile."); the nearest element with that data-path shows it,
// and a summary at the top of the form links to each one.

import { h, uniqueId } from './dom.js';

export function normalizePath(path) {
  return (path || '').replace(/^profile\./, '');
}

// The element for a path, or for its closest ancestor path that has one.
export function findTarget(root, path) {
  let p = normalizePath(path);
  while (p) {
    const matches = [...root.querySelectorAll(`[data-path="${CSS.escape(p)}"]`)]
      .filter((el) => !el.closest('[hidden]'));
    if (matches.length) return matches[matches.length - 1];
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
  return null;
}

// What the founder calls the field: its label, legend or heading.
function fieldName(target) {
  const control = target.matches('input, select, textarea') ? target : null;
  if (control && control.labels && control.labels.length) return control.labels[0].textContent;
  if (control && control.getAttribute('aria-label')) return control.getAttribute('aria-label');
  if (target.classList.contains('skill')) {
    return target.querySelector('[data-role="level"]').getAttribute('aria-label');
  }
  const named = target.querySelector(':scope > legend, :scope > .question-title, :scope > label.label, :scope > .member-head .member-title, :scope > .check span');
  return named ? named.textContent : '';
}

function cleanName(text) {
  return text.replace(/\s+/g, ' ').replace(/\(optional\)|\(tick all that apply\)/g, '').trim()
    .replace(/^\d+ /, '').replace(/^\+ /, '');
}

// The message without a leading "path: " the server may repeat.
function messageText(error) {
  const path = normalizePath(error.path);
  let message = error.message || 'This answer is not accepted.';
  for (const prefix of [error.path, path]) {
    if (prefix && message.startsWith(`${prefix}: `)) message = message.slice(prefix.length + 2);
  }
  const count = message.match(/^expected a whole number >= (\d+); got (.+)$/);
  if (count) return `Enter a whole number of ${count[1]} or more (you entered ${count[2]}).`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

function controlsOf(target) {
  if (target.matches('input, select, textarea')) return [target];
  return [...target.querySelectorAll('input, select, textarea')];
}

function focusable(target) {
  const controls = controlsOf(target).filter((c) => !c.closest('[hidden]'));
  const checked = controls.find((c) => c.checked);
  return checked || controls[0] || target;
}

function containerOf(target) {
  if (target.matches('input, select, textarea')) {
    return target.closest('.field, .skill, .subfield') || target.parentElement;
  }
  return target;
}

export function clearErrors(root) {
  root.querySelectorAll('.field-error').forEach((el) => el.remove());
  root.querySelectorAll('.has-error').forEach((el) => el.classList.remove('has-error'));
  root.querySelectorAll('[aria-invalid]').forEach((el) => {
    el.removeAttribute('aria-invalid');
    const ids = (el.getAttribute('aria-describedby') || '').split(' ')
      .filter((id) => id && !id.startsWith('err-'));
    if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
    else el.removeAttribute('aria-describedby');
  });
  const summary = root.querySelector('[data-role="error-summary"]');
  if (summary) {
    summary.hidden = true;
    summary.querySelector('ul').replaceChildren();
  }
}

function showOne(target, error) {
  const container = containerOf(target);
  const id = uniqueId('err');
  const text = messageText(error);
  const p = h('p', { class: 'field-error', id, 'data-testid': 'field-error',
    'data-path': null, 'data-error-path': normalizePath(error.path) },
  h('span', { class: 'field-error-icon', 'aria-hidden': 'true' }, '!'), ' ', text);
  const legend = container.querySelector(':scope > legend, :scope > .question-title, :scope > label.label');
  if (container.classList.contains('skill')) container.append(p);
  else if (legend) legend.after(p);
  else container.prepend(p);
  container.classList.add('has-error');
  for (const control of controlsOf(target)) {
    control.setAttribute('aria-invalid', 'true');
    const described = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    control.setAttribute('aria-describedby', [...described, id].join(' '));
  }
  return { text, control: focusable(target) };
}

// Shows every error; returns the errors no field could take (for a banner).
// Focus moves to the summary so keyboard and screen-reader users land there.
export function showErrors(root, errors) {
  const summary = root.querySelector('[data-role="error-summary"]');
  const list = summary.querySelector('ul');
  const unplaced = [];
  for (const error of errors) {
    const target = findTarget(root, error.path);
    if (!target) {
      unplaced.push(error);
      list.append(h('li', {}, messageText(error)));
      continue;
    }
    const { text, control } = showOne(target, error);
    const name = cleanName(fieldName(target));
    const link = h('a', { href: `#${control.id || ''}`, on: { click: (event) => {
      event.preventDefault();
      control.focus();
      control.scrollIntoView({ block: 'center' });
    } } }, name ? `${name}: ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text);
    list.append(h('li', {}, link));
  }
  summary.hidden = false;
  summary.focus();
  summary.scrollIntoView({ block: 'start' });
  return unplaced;
}
