// The layers of lib/, bottom to top. Imports point down only; within the domain and feature layers a
// folder may import the folders listed for it (always through their index.ts). ESLint
// (eslint.config.mjs) and `npm run lint:architecture` both read this one table.

/** Shared floor: no domain knowledge. Deep imports allowed (each file is a small public module). */
export const FLOOR = [
  "env",
  "errors",
  "log",
  "shutdown",
  "db",
  "generated",
  "util",
  "text",
  "vocabulary",
  "skills",
  "occupations",
  "migrate",
];

/** Domains, each with one public face (index.ts), and the other domains each may use. */
export const DOMAINS = {
  auth: [],
  generations: [],
  extraction: [],
  users: [],
  system: [],
  dashboard: [],
  resumes: [],
  prompts: ["auth", "generations"],
  llm: ["auth", "prompts", "extraction", "generations"],
  embeddings: ["auth", "llm"],
  scoring: ["auth", "llm", "embeddings", "extraction"],
  inferences: ["auth", "scoring"],
  "job-postings": ["auth", "scoring", "embeddings"],
  candidates: ["auth", "scoring", "embeddings", "inferences", "llm"],
  drift: ["auth", "embeddings"],
};

/** Cross-domain features: may use every domain, and the features listed. */
export const FEATURES = {
  "prompt-comparisons": [],
  demo: [],
  startup: ["demo", "prompt-comparisons"],
};

/** The HTTP edge: may use everything below, and the edge folders listed. */
export const EDGE = {
  http: [],
  contracts: ["http"],
  openapi: ["contracts", "http"],
};

/** Modules a client component may import at run time (pure, no server code): the rest only as types. */
export const CLIENT_SAFE = ["vocabulary", "contracts", "util"];

export const LAYER_OF = Object.fromEntries([
  ...FLOOR.map((name) => [name, 0]),
  ...Object.keys(DOMAINS).map((name) => [name, 1]),
  ...Object.keys(FEATURES).map((name) => [name, 2]),
  ...Object.keys(EDGE).map((name) => [name, 3]),
]);

/** The lib/ folders `folder` may import (besides itself). */
export function allowedImports(folder) {
  const layer = LAYER_OF[folder];
  if (layer === 0) return FLOOR;
  if (layer === 1) return [...FLOOR, ...DOMAINS[folder]];
  if (layer === 2) return [...FLOOR, ...Object.keys(DOMAINS), ...FEATURES[folder]];
  if (layer === 3) return [...FLOOR, ...Object.keys(DOMAINS), ...Object.keys(FEATURES), ...EDGE[folder]];
  return [];
}
