import { jobRequirementsExtraction, matchRationale, resumeExtraction } from "@/lib/vocabulary/extraction";

// Outputs are stored as jsonb, which keeps object keys in its own order (shortest first). Results are
// shown in the order the task's schema declares its fields, which is the order people read them in.

const ORDER: Record<string, readonly string[]> = {
  "resume-extraction": Object.keys(resumeExtraction.shape),
  "job-requirements": Object.keys(jobRequirementsExtraction.shape),
  "match-rationale": Object.keys(matchRationale.shape),
};

function rank(task: string, field: string): number {
  const index = ORDER[task]?.indexOf(field) ?? -1;
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}

export function orderFields<T extends { field: string }>(task: string, fields: readonly T[]): T[] {
  return [...fields].sort((a, b) => rank(task, a.field) - rank(task, b.field) || a.field.localeCompare(b.field));
}

export function orderOutput(task: string, output: unknown): unknown {
  if (output === null || typeof output !== "object" || Array.isArray(output)) return output;
  const entries = Object.entries(output as Record<string, unknown>);
  return Object.fromEntries(entries.sort(([a], [b]) => rank(task, a) - rank(task, b) || a.localeCompare(b)));
}
