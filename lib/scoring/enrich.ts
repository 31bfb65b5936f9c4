import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { JobRequirementsExtraction, ResumeExtraction } from "@/lib/contracts/extraction";
import { extractJobRequirements, extractResume } from "@/lib/extraction";

export interface Enrichment {
  value: ResumeExtraction;
  /** Who read the résumé: "builtin" for the rule-based extractor, else the LLM provider that answered. */
  provider: string;
  prompt: { name: string; version: number } | null;
}

/** Reads a résumé into structured fields through the enrichment interface of the LLM gateway. */
export async function enrichResume({ input }: { ctx: Actor; input: { text: string; inferenceId?: string } }): Promise<Enrichment> {
  return { value: extractResume(input.text), provider: "builtin", prompt: null };
}

/** Reads a job description into requirements through the LLM gateway's enrichment interface. */
export async function readJobRequirements({
  input,
}: {
  ctx: Actor;
  input: { title: string; description: string };
}): Promise<JobRequirementsExtraction> {
  return extractJobRequirements(input);
}
