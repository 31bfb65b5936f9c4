import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth";
import { rationaleInput, type MatchRationale, type RationaleInput } from "@/lib/vocabulary/extraction";
import { runTask, type LlmAnswer } from "./run-task";
import { llmRuntime } from "./runtime";

const explainMatchInput = rationaleInput.extend({ inferenceId: z.string().min(1).max(64).optional() });
export type ExplainMatchInput = RationaleInput & { inferenceId?: string };

/** Writes a short rationale of a computed score for a recruiter (on request only). */
export async function explainMatch({
  ctx,
  input,
}: {
  ctx: Actor;
  input: ExplainMatchInput;
}): Promise<LlmAnswer<MatchRationale>> {
  const { inferenceId, ...match } = explainMatchInput.parse(input);
  const { gateway, config } = llmRuntime();
  return runTask({ gateway, ctx, task: "match-rationale", input: match, inferenceId, deadlineMs: config.deadlineMs });
}
