import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth";
import type { JobRequirementsExtraction } from "@/lib/vocabulary/extraction";
import { runTask, type LlmAnswer } from "./run-task";
import { llmRuntime } from "./runtime";

export const extractRequirementsInput = z.object({
  title: z.string().max(300),
  description: z.string().max(100_000),
  inferenceId: z.string().min(1).max(64).optional(),
});
export type ExtractRequirementsInput = z.input<typeof extractRequirementsInput>;

/** Reads a job posting into required skills and target seniority. */
export async function extractRequirements({
  ctx,
  input,
}: {
  ctx: Actor;
  input: ExtractRequirementsInput;
}): Promise<LlmAnswer<JobRequirementsExtraction>> {
  const { title, description, inferenceId } = extractRequirementsInput.parse(input);
  const { gateway, config } = llmRuntime();
  return runTask({
    gateway,
    ctx,
    task: "job-requirements",
    input: { title, description },
    inferenceId,
    deadlineMs: config.deadlineMs,
  });
}
