import "server-only";
import type { Actor } from "@/lib/auth";
import { locationFrom } from "@/lib/extraction";
import { enrichResume, extractRequirements } from "@/lib/llm";
import { screenResume } from "@/lib/skills";
import type { JobRequirementsExtraction, ResumeExtraction } from "@/lib/vocabulary/extraction";
import type { ScoringWarning } from "./prepared";

// Scoring reads free text only through the LLM gateway's enrichment tasks: the gateway picks the provider,
// falls back to the built-in rules, validates the answer and traces the call. The résumé is screened
// first (hidden, repeated, injected text and keyword lists removed), so no reader ever sees what cannot count.

export interface Enrichment {
  value: ResumeExtraction;
  /** Who read the résumé: "builtin" for the rule-based extractor, else the LLM provider that answered. */
  provider: string;
  prompt: { name: string; version: number } | null;
  /** The traced LLM calls that produced it (retries and fallbacks included); linked to the inference. */
  generationIds: string[];
  /** What screening removed, and why. */
  warnings: ScoringWarning[];
}

export async function readResume({
  ctx,
  input,
}: {
  ctx: Actor;
  /** `traceId`: the scoring request the reading serves (the id its inference will have), for tracing. */
  input: { text: string; traceId?: string };
}): Promise<Enrichment> {
  const screened = screenResume(input.text);
  const reading = await readScreenedResume({ ctx, input: { text: screened.text, traceId: input.traceId } });
  return { ...reading, warnings: screened.warnings };
}

/**
 * Reads a résumé screened already (`readableResume`), as saving and scoring have it: screening it again
 * changes nothing and cost a third of the reading. `rules`: the built-in rules' reading of this text when
 * it was read already (`readResumeInFull`, on a worker thread), so the rules do not read it again.
 */
export async function readScreenedResume({
  ctx,
  input,
}: {
  ctx: Actor;
  input: { text: string; traceId?: string; rules?: ResumeExtraction };
}): Promise<Omit<Enrichment, "warnings">> {
  const answer = await enrichResume({ ctx, input });
  // The location is a fact of the text; an LLM that leaves it out gets the rules' reading.
  const value = { ...answer.value, location: answer.value.location ?? locationFrom(input.text) };
  return { value, provider: answer.provider, prompt: answer.prompt, generationIds: answer.generationIds };
}

export async function readJobRequirements({
  ctx,
  input,
}: {
  ctx: Actor;
  input: { title: string; description: string };
}): Promise<JobRequirementsExtraction> {
  return (await extractRequirements({ ctx, input })).value;
}
