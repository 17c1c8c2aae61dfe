// What a founder reads for each wire value of the profile and the result
// (the wire names come from src/engine/profile.cc and the result JSON).
// Languages and stacks are the knowledge base's, so their names come from
// it at run time: see kb_names.js.

export const LEVELS = [
  ['none', 'None'], ['basic', 'Basic'], ['working', 'Working'], ['expert', 'Expert'],
];

export const KINDS = [
  ['saas', 'B2B SaaS'], ['crud', 'CRUD web application'], ['consumer', 'Consumer app'],
  ['devtools', 'Developer tool'], ['api_gateway', 'API gateway or infrastructure'],
  ['automation', 'Automation backend'], ['analytics', 'Analytics product'],
  ['marketplace', 'Marketplace'], ['other', 'Something else'],
];

export const REGIONS = [
  ['global', 'Anywhere (remote, global)'], ['north_america', 'North America'],
  ['europe', 'Europe'], ['india', 'India'], ['latin_america', 'Latin America'],
  ['east_asia', 'East Asia'], ['africa', 'Africa'], ['oceania', 'Oceania'],
];

export const REASONS = [
  ['team_knows', 'Our team already knows it'],
  ['benchmarks', 'Benchmarks show it is faster'],
  ['blog_post', 'A blog post recommended it'],
  ['trend', 'It is trending among engineers'],
  ['previous_employer', 'A previous employer used it'],
  ['other', 'Another reason'],
];

export const CHECK_STATUS = {
  pass: { label: 'Pass', icon: '✓' },
  warn: { label: 'Warning', icon: '!' },
  fail: { label: 'Fail', icon: '✗' },
  todo: { label: 'To do', icon: '○' },
};

export const CONFIDENCE = {
  high: 'High confidence',
  medium: 'Medium confidence',
  low: 'Low confidence',
};

export function labelOf(list, value) {
  const found = list.find(([id]) => id === value);
  return found ? found[1] : value;
}

// The questionnaire's answers as the summary of answers words them.
export const AI_ML = [['none', 'No AI/ML'], ['planned', 'AI features planned'], ['core', 'AI/ML is the core of the product']];
export const AI_APPROACH = [['hosted_models', 'hosted model APIs'], ['own_models', 'our own models'], ['unknown', 'source undecided']];
export const REALTIME = [['none', 'No real-time'], ['some', 'Some live updates'], ['core', 'Real-time is core (chat, collaboration)']];
export const WORKLOAD = [
  ['io_bound', 'Mostly waiting on the database and APIs'], ['cpu_bound', 'Mostly computing'],
  ['mixed', 'A mix of waiting and computing'], ['unknown', 'Not sure yet'],
];
