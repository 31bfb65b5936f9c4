import "server-only";
import type { Actor } from "@/lib/auth";
import type { JobRequirementsExtraction, ResumeExtraction } from "@/lib/vocabulary/extraction";
import { enrichResume, extractRequirements } from "@/lib/llm";

// Scoring reads free text only through the LLM gateway's enrichment tasks: the gateway picks the provider,
// falls back to the built-in rules, validates the answer and traces the call.

export interface Enrichment {
  value: ResumeExtraction;
  /** Who read the résumé: "builtin" for the rule-based extractor, else the LLM provider that answered. */
  provider: string;
  prompt: { name: string; version: number } | null;
  /** The traced LLM calls that produced it (retries and fallbacks included); linked to the inference. */
  generationIds: string[];
}

export async function readResume({
  ctx,
  input,
}: {
  ctx: Actor;
  /** `traceId`: the scoring request the reading serves (the id its inference will have), for tracing. */
  input: { text: string; traceId?: string };
}): Promise<Enrichment> {
  const answer = await enrichResume({ ctx, input: { text: input.text, traceId: input.traceId } });
  return { value: answer.value, provider: answer.provider, prompt: answer.prompt, generationIds: answer.generationIds };
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
