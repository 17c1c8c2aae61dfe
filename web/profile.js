// The profile a new questionnaire starts from, and how a stored profile
// (which may omit fields: the server documents their defaults) is completed
// before the form shows it. Defaults match src/engine/profile.h and
// docs/schema.md; the team starts empty, so nothing about the founders is
// assumed before they say it.

export function defaultProfile() {
  return {
    team: [],
    product: {
      ai_ml: 'none',
      ai_ml_approach: 'unknown',
      realtime: 'none',
      workload: 'unknown',
      data_intensive: false,
      kind: 'saas',
      performance_differentiator: false,
      server_rendering: false,
    },
    company: {
      engineers_now: 1,
      engineers_in_12_months: 1,
      hiring_region: 'global',
      launched: false,
      current_backend: null,
      planned_languages: [],
    },
    leaning: { stack: null, reasons: [] },
  };
}

export function completeProfile(profile) {
  const base = defaultProfile();
  const p = profile || {};
  return {
    team: Array.isArray(p.team) ? p.team : [],
    product: { ...base.product, ...(p.product || {}) },
    company: { ...base.company, ...(p.company || {}) },
    leaning: { ...base.leaning, ...(p.leaning || {}) },
  };
}
