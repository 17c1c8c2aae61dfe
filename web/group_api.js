// The /api/v1/groups endpoints (docs/http.md), through api.js's request:
// tokens travel only in the Authorization header, failures are ApiErrors.

import { request } from './api.js';

const groupPath = (id) => `/api/v1/groups/${encodeURIComponent(id)}`;

export function createGroup(title) {
  return request('POST', '/api/v1/groups', { body: { title } });
}

export function getGroup(id) {
  return request('GET', groupPath(id));
}

export function respond(id, inviteToken, name, profile) {
  return request('POST', `${groupPath(id)}/responses`, { body: { name, profile }, token: inviteToken });
}

export function deleteGroup(id, editToken) {
  return request('DELETE', groupPath(id), { token: editToken });
}

export function groupAdrUrl(id) {
  return `${groupPath(id)}/adr.md`;
}

export function groupPageUrl(id) {
  return `${window.location.origin}/g/${encodeURIComponent(id)}`;
}

export function inviteUrl(id, inviteToken) {
  return `${groupPageUrl(id)}#invite=${encodeURIComponent(inviteToken)}`;
}

// This browser's tokens for a group decision ('edit' or 'invite'), kept in
// localStorage so that the creator's page stays editable after a reload.
const tokenKey = (id, what) => `stackwise.group.${id}.${what}`;
export function rememberedToken(id, what) {
  try {
    return window.localStorage.getItem(tokenKey(id, what)) || '';
  } catch {
    return '';
  }
}
export function rememberToken(id, what, value) {
  try {
    if (value) window.localStorage.setItem(tokenKey(id, what), value);
    else window.localStorage.removeItem(tokenKey(id, what));
  } catch {
    // private mode: the tokens last as long as the page
  }
}
