import { extractResume } from "@/lib/extraction";
import type { ResumeExtraction } from "@/lib/vocabulary/extraction";
import { readableResume, readingColumns } from "./resume-reading";

// Everything a stored candidate derives from its résumé's text alone: the screened text, the reading's
// columns and the built-in rules' extraction. Pure CPU and deterministic, so it may run on a worker thread
// (lib/scoring/reading-pool.ts); what needs the database or the network (the LLM gateway, its traces,
// embeddings) stays with the caller.

export interface ResumeInFull {
  /** The screened text every reader sees; null when nothing readable is left. */
  text: string | null;
  columns: ReturnType<typeof readingColumns>;
  /** The built-in rules' reading of the screened text: the gateway's builtin answer. */
  rules: ResumeExtraction | null;
}

export function readResumeInFull(resumeText: string | undefined): ResumeInFull {
  // Each résumé is read here once (and stored): nothing to remember it by.
  const text = readableResume(resumeText, { remember: false }).text;
  return { text, columns: readingColumns(text, { remember: false }), rules: text ? extractResume(text) : null };
}
