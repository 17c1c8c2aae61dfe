// What this browser remembers: the edit token of each assessment it saved
// (localStorage, never in a URL) and the questionnaire draft of this tab.

const TOKENS_KEY = 'stackwise.editTokens';
const DRAFT_KEY = 'stackwise.draft';

function readTokens() {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(TOKENS_KEY) || '{}');
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

function writeTokens(tokens) {
  try {
    window.localStorage.setItem(TOKENS_KEY, JSON.stringify(tokens));
  } catch {
    // Storage full or disabled: the assessment is saved, only editing is lost.
  }
}

export function editToken(id) {
  return readTokens()[id] || null;
}

export function rememberToken(id, token) {
  const tokens = readTokens();
  tokens[id] = token;
  writeTokens(tokens);
}

export function forgetToken(id) {
  const tokens = readTokens();
  delete tokens[id];
  writeTokens(tokens);
}

export function loadDraft() {
  try {
    return JSON.parse(window.sessionStorage.getItem(DRAFT_KEY) || 'null');
  } catch {
    return null;
  }
}

export function saveDraft(draft) {
  try {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // A draft is a convenience; nothing to do without storage.
  }
}

export function clearDraft() {
  try {
    window.sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing stored.
  }
}
