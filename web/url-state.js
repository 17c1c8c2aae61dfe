// The answers of an unsaved result live in the address, so a reload, Back
// and Forward, and a bookmark all come back to the same result: the page
// re-asks the server (the engine is deterministic). The hash carries the
// profile as base64url JSON (#answers=...); the hash never reaches the
// server's logs.

const PREFIX = '#answers=';

function toBase64Url(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function answersHash(profile) {
  return PREFIX + toBase64Url(JSON.stringify(profile));
}

export function hasAnswers(hash = window.location.hash) {
  return hash.startsWith(PREFIX);
}

// The profile in the hash, or null when it cannot be read (a cut-off link).
export function answersFromHash(hash = window.location.hash) {
  if (!hasAnswers(hash)) return null;
  try {
    const profile = JSON.parse(fromBase64Url(hash.slice(PREFIX.length)));
    return profile && typeof profile === 'object' && !Array.isArray(profile) ? profile : null;
  } catch {
    return null;
  }
}
