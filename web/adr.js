// The decision record of a saved assessment: a preview of the Markdown the
// API writes, and a download named as adr-tools and log4brains name
// records, NNNN-title-in-kebab-case.md (as `stackwise adr` does). The page
// cannot see the team's docs/decisions folder, so the founder says the
// record's number (1 by default).

import * as api from './api.js';
import { h, uniqueId } from './dom.js';
import { renderMarkdown } from './markdown.js';
import { choiceName } from './verdict.js';

const MAX_NUMBER = 9999;

// The same as cli::KebabCase: lower-case ASCII letters and digits, runs of
// anything else one dash, none at either end.
export function kebabCase(title) {
  return String(title).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

// io::AdrTitle: "Use Python with FastAPI for the backend".
export function decisionTitle(result) {
  return `Use ${choiceName(result.recommendation)} for the backend`;
}

export function adrFileName(number, result) {
  return `${String(number).padStart(4, '0')}-${kebabCase(decisionTitle(result))}.md`;
}

function parseNumber(text) {
  const n = /^\s*\d{1,4}\s*$/.test(text) ? Number(text) : NaN;
  return n >= 1 && n <= MAX_NUMBER ? n : null;
}

function saveFile(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function adrPanel(id, result) {
  let markdown = null;
  const load = () => { markdown = markdown || api.getAdr(id); return markdown; };
  const numberId = uniqueId('adr-number');
  const hintId = uniqueId('adr-file');
  const number = h('input', { id: numberId, class: 'input input-number adr-number', type: 'text', inputmode: 'numeric',
    value: '1', autocomplete: 'off', 'aria-describedby': hintId });
  const fileName = h('code', { 'data-testid': 'adr-file-name' }, adrFileName(1, result));
  const status = h('p', { class: 'form-status', role: 'alert', 'data-testid': 'adr-status' });
  const download = h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'download-adr' }, 'Download the record');
  const preview = h('div', { class: 'adr-preview', 'data-testid': 'adr-preview', tabindex: '0',
    'aria-label': 'Preview of the decision record' }, h('p', { class: 'empty-note' }, 'Loading the record…'));
  const details = h('details', { class: 'adr-details' }, h('summary', {}, 'Preview the record'), preview);

  const showError = (err) => {
    status.textContent = `The record could not be loaded: ${err.message}`;
    status.classList.add('form-status-error');
  };
  number.addEventListener('input', () => {
    const n = parseNumber(number.value);
    number.setAttribute('aria-invalid', n ? 'false' : 'true');
    download.disabled = !n;
    status.textContent = n ? '' : `Enter a record number from 1 to ${MAX_NUMBER}.`;
    status.classList.toggle('form-status-error', !n);
    if (n) fileName.textContent = adrFileName(n, result);
  });
  // Enter in the number downloads, as the only action of this small form.
  number.addEventListener('keydown', (event) => { if (event.key === 'Enter' && !download.disabled) download.click(); });
  details.addEventListener('toggle', () => {
    if (!details.open) return;
    load().then((text) => preview.replaceChildren(renderMarkdown(text, { headingOffset: 2 })), (err) => {
      preview.replaceChildren();
      showError(err);
    });
  });
  download.addEventListener('click', async () => {
    const n = parseNumber(number.value);
    if (!n) return;
    try {
      saveFile(adrFileName(n, result), await load());
    } catch (err) {
      markdown = null;
      showError(err);
    }
  });

  return h('section', { class: 'panel adr-panel', 'aria-labelledby': 'adr-h', 'data-testid': 'adr-panel' },
    h('h2', { class: 'panel-title', id: 'adr-h' }, 'Decision record'),
    h('p', { class: 'panel-text' }, 'A short Architecture Decision Record (MADR) to commit to your repository, for example in ',
      h('code', {}, 'docs/decisions/'), '. ', h('code', {}, 'stackwise check'), ' re-checks it later.'),
    h('div', { class: 'adr-controls' },
      h('div', { class: 'field' }, h('label', { class: 'label', for: numberId }, 'Record number'), number),
      download),
    h('p', { class: 'hint', id: hintId }, 'Saved as ', fileName, ': the next number in your decisions folder.'),
    status, details);
}
