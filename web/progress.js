// The questionnaire's step indicator: "Step 3 of 8 · Real-time", a bar, and
// links to every step. It sticks to the top of the screen while the founder
// scrolls, and follows where they are (scrolling or moving focus). Steps are
// the sections of the form that carry data-step="Short name".

import { h } from './dom.js';

// A section is current once its top passes this share of the screen.
const CURRENT_LINE = 0.35;

function firstControl(section) {
  return [...section.querySelectorAll('input, select, button, textarea')]
    .find((el) => !el.disabled && !el.closest('[hidden]') && el.getClientRects().length > 0);
}

export function attachProgress(form) {
  const sections = [...form.querySelectorAll('[data-step]')];
  const count = h('span', { class: 'progress-count', 'data-testid': 'progress-count' });
  const bar = h('progress', { class: 'progress-bar', max: sections.length, value: 1, 'aria-hidden': 'true' });
  const links = sections.map((section, i) => h('a', {
    class: 'progress-link', href: `#${section.id}`,
    on: { click: (event) => {
      event.preventDefault();
      section.scrollIntoView({ block: 'start' });
      const control = firstControl(section);
      if (control) control.focus({ preventScroll: true });
      show(i);
    } } },
  h('span', { class: 'progress-num', 'aria-hidden': 'true' }, String(i + 1)), section.dataset.step));
  const nav = h('nav', { class: 'progress', 'aria-label': 'Questionnaire steps', 'data-testid': 'progress' },
    h('div', { class: 'progress-head' }, count, bar),
    h('ol', { class: 'progress-steps' }, links.map((a) => h('li', {}, a))));

  let current = -1;
  function show(i) {
    if (i === current) return;
    current = i;
    count.textContent = `Step ${i + 1} of ${sections.length} · ${sections[i].dataset.step}`;
    bar.value = i + 1;
    links.forEach((a, k) => {
      if (k === i) a.setAttribute('aria-current', 'step');
      else a.removeAttribute('aria-current');
    });
  }
  function fromScroll() {
    if (!form.isConnected) return;
    const line = window.innerHeight * CURRENT_LINE;
    let i = 0;
    sections.forEach((section, k) => { if (section.getBoundingClientRect().top <= line) i = k; });
    // At the very bottom the last step is current even if it is short.
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) i = sections.length - 1;
    show(i);
  }
  let pending = false;
  window.addEventListener('scroll', () => {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(() => { pending = false; fromScroll(); });
  }, { passive: true });
  form.addEventListener('focusin', (event) => {
    const i = sections.findIndex((section) => section.contains(event.target));
    if (i >= 0) show(i);
  });
  show(0);
  return nav;
}
