// The stackwise HTTP API (DESIGN.md §2), as promises. Every failure becomes
// an ApiError carrying the server's {code, message, path} when it sent one.

export class ApiError extends Error {
  constructor(status, code, message, path) {
    super(message);
    this.name = 'ApiError';
    this.status = status;   // 0 when the server could not be reached
    this.code = code;
    this.path = path || '';
  }
}

const NETWORK_MESSAGE =
  'Could not reach the stackwise server. Check that it is running and try again.';

// Shared with group_api.js, the group decisions' endpoints.
export async function request(method, url, { body, token, accept = 'application/json' } = {}) {
  const headers = { Accept: accept };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, 'network', NETWORK_MESSAGE, '');
  }
  if (response.status === 204) return null;
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const err = data && data.error ? data.error : {};
    throw new ApiError(
      response.status,
      err.code || `http_${response.status}`,
      err.message || `The server answered ${response.status} ${response.statusText}.`,
      err.path || '');
  }
  if (!accept.includes('json')) return text;
  if (data === null) {
    throw new ApiError(response.status, 'bad_response', 'The server sent an answer this page cannot read.', '');
  }
  return data;
}

export function recommend(profile) {
  return request('POST', '/api/v1/recommendations', { body: profile });
}

export function createAssessment(title, profile) {
  return request('POST', '/api/v1/assessments', { body: { title, profile } });
}

export function getAssessment(id) {
  return request('GET', `/api/v1/assessments/${encodeURIComponent(id)}`);
}

export function updateAssessment(id, token, title, profile) {
  return request('PUT', `/api/v1/assessments/${encodeURIComponent(id)}`,
    { body: { title, profile }, token });
}

export function deleteAssessment(id, token) {
  return request('DELETE', `/api/v1/assessments/${encodeURIComponent(id)}`, { token });
}

export function adrUrl(id) {
  return `/api/v1/assessments/${encodeURIComponent(id)}/adr.md`;
}

// The decision record (MADR Markdown) of a saved assessment, as text.
export function getAdr(id) {
  return request('GET', adrUrl(id), { accept: 'text/markdown' });
}

export function shareUrl(id) {
  return `${window.location.origin}/a/${encodeURIComponent(id)}`;
}
