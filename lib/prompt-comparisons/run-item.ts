import "server-only";
import type { Actor } from "@/lib/auth";
import { resumeExtraction } from "@/lib/vocabulary/extraction";
import { db } from "@/lib/db";
import { AllProvidersFailed, runTask, type Gateway, type TaskInputs } from "@/lib/llm";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PromptTaskName } from "@/lib/vocabulary/prompt-tasks";
import { candidateBase, scoreExtraction, type ScoringContext } from "./downstream";

// One item of a comparison: the task input run through the gateway with version A and with version B
// (which goes first alternates by position, so warm caches favour neither), then — for résumé extraction
// with a job — each extraction scored against the job.

export interface RunPlan {
  ctx: Actor;
  gateway: Gateway;
  task: PromptTaskName;
  promptName: string;
  versions: { a: { number: number; id: string | null }; b: { number: number; id: string | null } };
  /** False when an LLM runs prompts: only it may answer, so a failing version shows as invalid. */
  allowBuiltin: boolean;
  scoring: ScoringContext | null;
}

interface SideOutcome {
  valid: boolean;
  output: unknown;
  error: string | null;
  provider: string | null;
  latencyMs: number;
}

function describeFailure(error: unknown): string {
  if (error instanceof AllProvidersFailed) {
    return error.failures.length
      ? error.failures.map((failure) => `${failure.provider}: ${failure.errorClass}`).join(", ")
      : "no provider could run the prompt";
  }
  return error instanceof Error ? error.name : "error";
}

async function runSide(plan: RunPlan, item: { id: string; input: unknown }, version: number): Promise<SideOutcome> {
  const started = performance.now();
  try {
    const answer = await runTask({
      gateway: plan.gateway,
      ctx: plan.ctx,
      task: plan.task,
      input: item.input as TaskInputs[typeof plan.task],
      prompt: { name: plan.promptName, version },
      allowBuiltin: plan.allowBuiltin,
      comparisonItemId: item.id,
    });
    return {
      valid: true,
      output: answer.value,
      error: null,
      provider: answer.provider,
      latencyMs: performance.now() - started,
    };
  } catch (error) {
    return {
      valid: false,
      output: null,
      error: describeFailure(error),
      provider: null,
      latencyMs: performance.now() - started,
    };
  }
}

/** Tokens and cost of every call each version made for the item, retries included. */
async function usageByVersion(itemId: string): Promise<Map<string | null, { tokens: number; costUsd: number }>> {
  const groups = await db.generation.groupBy({
    by: ["promptVersionId"],
    where: { comparisonItemId: itemId },
    _sum: { inputTokens: true, outputTokens: true, costUsd: true },
  });
  return new Map(
    groups.map((group) => [
      group.promptVersionId,
      { tokens: (group._sum.inputTokens ?? 0) + (group._sum.outputTokens ?? 0), costUsd: group._sum.costUsd ?? 0 },
    ]),
  );
}

async function scores(
  plan: RunPlan,
  item: { candidateId: string | null; input: unknown },
  a: SideOutcome,
  b: SideOutcome,
) {
  if (!plan.scoring || plan.task !== "resume-extraction") return { a: null, b: null };
  const text = (item.input as { text: string }).text;
  const base = await candidateBase({ candidateId: item.candidateId, text, job: plan.scoring.job });
  const score = (side: SideOutcome) => {
    const parsed = side.valid ? resumeExtraction.safeParse(side.output) : null;
    return parsed?.success ? scoreExtraction(plan.scoring!, base, parsed.data) : null;
  };
  return { a: score(a), b: score(b) };
}

export async function runItem(
  plan: RunPlan,
  item: { id: string; position: number; candidateId: string | null; input: unknown },
): Promise<void> {
  let a: SideOutcome;
  let b: SideOutcome;
  if (item.position % 2 === 0) {
    a = await runSide(plan, item, plan.versions.a.number);
    b = await runSide(plan, item, plan.versions.b.number);
  } else {
    b = await runSide(plan, item, plan.versions.b.number);
    a = await runSide(plan, item, plan.versions.a.number);
  }
  const [usage, scored] = await Promise.all([usageByVersion(item.id), scores(plan, item, a, b)]);
  const usageOf = (id: string | null) => (id ? usage.get(id) : undefined) ?? { tokens: 0, costUsd: 0 };
  const side = (outcome: SideOutcome, versionId: string | null, score: { score: number; band: string } | null) => ({
    output: outcome.valid ? (outcome.output as Prisma.InputJsonValue) : undefined,
    valid: outcome.valid,
    error: outcome.error,
    provider: outcome.provider,
    latency: Math.round(outcome.latencyMs),
    tokens: usageOf(versionId).tokens,
    cost: usageOf(versionId).costUsd,
    score: score?.score ?? null,
    band: score?.band ?? null,
  });
  const sideA = side(a, plan.versions.a.id, scored.a);
  const sideB = side(b, plan.versions.b.id, scored.b);
  await db.promptComparisonItem.update({
    where: { id: item.id },
    data: {
      status: "done",
      completedAt: new Date(),
      outputA: sideA.output,
      validA: sideA.valid,
      errorA: sideA.error,
      providerA: sideA.provider,
      latencyA: sideA.latency,
      tokensA: sideA.tokens,
      costA: sideA.cost,
      scoreA: sideA.score,
      bandA: sideA.band,
      outputB: sideB.output,
      validB: sideB.valid,
      errorB: sideB.error,
      providerB: sideB.provider,
      latencyB: sideB.latency,
      tokensB: sideB.tokens,
      costB: sideB.cost,
      scoreB: sideB.score,
      bandB: sideB.band,
    },
  });
}
