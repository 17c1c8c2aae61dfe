// What a founder reads for each wire value of the profile and the result
// (the wire names come from src/engine/profile.cc and the result JSON).

export const LANGUAGES = [
  ['python', 'Python'], ['javascript', 'JavaScript'], ['typescript', 'TypeScript'],
  ['go', 'Go'], ['ruby', 'Ruby'], ['java', 'Java'], ['kotlin', 'Kotlin'],
  ['csharp', 'C#'], ['elixir', 'Elixir'], ['rust', 'Rust'], ['php', 'PHP'],
];

export const LEVELS = [
  ['none', 'None'], ['basic', 'Basic'], ['working', 'Working'], ['expert', 'Expert'],
];

export const STACKS = [
  ['python', 'Python (FastAPI / Django)'],
  ['node', 'Node.js (Express / NestJS / Fastify)'],
  ['go', 'Go (Gin / Echo / Fiber)'],
  ['ruby', 'Ruby on Rails'],
  ['java', 'Java/Kotlin (Spring Boot)'],
  ['csharp', 'C#/.NET (ASP.NET Core)'],
  ['elixir', 'Elixir (Phoenix)'],
  ['rust', 'Rust (Axum)'],
  ['php', 'PHP (Laravel)'],
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
