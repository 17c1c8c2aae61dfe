// The /api/v1/groups endpoints (docs/http.md), beside api.js's. Tokens
// travel only in the Authorization header.

const NETWORK_MESSAGE =
  'Could not reach the stackwise server. Check that it is running and try again.';

export class GroupApiError extends Error {
  constructor(status, code, message, path) {
    super(message);
    this.name = 'GroupApiError';
    this.status = status;  // 0 when the server could not be reached
    this.code = code;
    this.path = path || '';
  }
}

async function request(method, url, { body, token } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(url, {
      method, headers, cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new GroupApiError(0, 'network', NETWORK_MESSAGE, '');
  }
  if (response.status === 204) return null;
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const err = (data && data.error) || {};
    throw new GroupApiError(response.status, err.code || `http_${response.status}`,
      err.message || `The server answered ${response.status}.`, err.path);
  }
  return data;
}

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
