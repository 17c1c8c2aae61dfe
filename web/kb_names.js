// The names of languages and stacks, as the knowledge base the server runs
// gives them (GET /api/v1/knowledge-base): the built-in one or a --kb file.
// The page keeps no copy of its own, which would drift from the TOML.
// Each entry point calls startWithKbNames once, before it draws a view; the
// lists are [[id, label]] like labels.js's, for labelOf and the selects.

import { ApiError, request } from './api.js';
import { h } from './dom.js';

let names = null;

// "Node.js (Express / Fastify / NestJS)": the default framework first, then
// the others in knowledge-base order; a framework the name already says
// ("Ruby on Rails" and Rails) is not repeated.
function stackLabel(stack) {
  const frameworks = [...(stack.frameworks || [])].sort((a, b) => Number(!!b.default) - Number(!!a.default));
  const extra = [...new Set(frameworks.map((f) => f.name))].filter((name) => !stack.name.includes(name));
  return extra.length ? `${stack.name} (${extra.join(' / ')})` : stack.name;
}

// {languages, stacks, stackNames} from the knowledge base's JSON. Languages
// follow enums.language, the ids a profile accepts; each takes the name its
// stack gives it.
export function namesFromKb(kb) {
  if (!kb || !Array.isArray(kb.stacks) || !kb.enums || !Array.isArray(kb.enums.language)) {
    throw new ApiError(200, 'bad_response', 'The server sent a knowledge base this page cannot read.', '');
  }
  const languageName = new Map();
  for (const stack of kb.stacks) {
    for (const [id, name] of Object.entries(stack.language_names || {})) languageName.set(id, name);
  }
  return {
    languages: kb.enums.language.map((id) => [id, languageName.get(id) || id]),
    stacks: kb.stacks.map((stack) => [stack.id, stackLabel(stack)]),
    stackNames: kb.stacks.map((stack) => [stack.id, stack.name]),
  };
}

function loaded() {
  if (!names) throw new Error('kb_names.js: a view was drawn before startWithKbNames loaded the names');
  return names;
}

// [[id, "TypeScript"]]
export const languageLabels = () => loaded().languages;
// [[id, "Node.js (Express / Fastify / NestJS)"]], for choosing a stack.
export const stackLabels = () => loaded().stacks;
// [[id, "Node.js"]], for naming a chosen stack in a sentence.
export const stackNames = () => loaded().stackNames;

function kbProblem(error) {
  const heading = h('h1', { class: 'page-title' }, 'stackwise could not start');
  const reason = error.status === 0 ? error.message
    : `The server did not send the list of languages and stacks: ${error.message}`;
  return h('div', { class: 'problem', role: 'alert', 'data-testid': 'kb-problem' }, heading,
    h('p', { class: 'lead' }, reason),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn btn-primary',
      on: { click: () => window.location.reload() } }, 'Try again')));
}

// Loads the names once, then runs start(); if they cannot be loaded, view
// says why instead of showing a form without languages or stacks.
export async function startWithKbNames(view, start) {
  try {
    names = namesFromKb(await request('GET', '/api/v1/knowledge-base'));
  } catch (error) {
    view.replaceChildren(kbProblem(error));
    document.title = 'stackwise could not start';
    return;
  }
  start();
}
