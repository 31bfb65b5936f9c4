import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth";
import type { ResumeExtraction } from "@/lib/vocabulary/extraction";
import { runTask, type LlmAnswer } from "./run-task";
import { llmRuntime } from "./runtime";

export const enrichResumeInput = z.object({
  text: z.string().max(200_000),
  // The built-in rules' reading of this text, computed already (by the server, never a caller's input).
  rules: z.custom<ResumeExtraction>().optional(),
  inferenceId: z.string().min(1).max(64).optional(),
  traceId: z.string().min(1).max(64).optional(),
});
export type EnrichResumeInput = z.input<typeof enrichResumeInput>;

/** Reads a résumé into skills, seniority, experience, education and contact signals. Never fails for an LLM's sake. */
export async function enrichResume({
  ctx,
  input,
}: {
  ctx: Actor;
  input: EnrichResumeInput;
}): Promise<LlmAnswer<ResumeExtraction>> {
  const { text, rules, inferenceId, traceId } = enrichResumeInput.parse(input);
  const { gateway, config } = llmRuntime();
  return runTask({
    gateway,
    ctx,
    task: "resume-extraction",
    input: { text, rules },
    inferenceId,
    traceId,
    deadlineMs: config.deadlineMs,
  });
}
