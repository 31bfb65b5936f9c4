import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { llmRuntime } from "@/lib/llm";
import { requirePrompt, requireVersion } from "@/lib/prompts";
import { promptNameSchema, versionNumberSchema } from "@/lib/vocabulary/prompt-schemas";
import { isPromptTask } from "@/lib/vocabulary/prompt-tasks";
import { actorName, actorUserId } from "@/lib/auth";
import { buildDataset, datasetInput } from "./dataset";
import { getComparison, type ComparisonView } from "./read-comparisons";
import { driveComparison } from "./runner";

export const startComparisonInput = z
  .object({
    name: promptNameSchema,
    versionA: versionNumberSchema,
    versionB: versionNumberSchema,
    dataset: datasetInput,
    /** The job candidates are scored against with each version's extraction (résumé extraction). */
    jobId: z.string().min(1).max(64).nullable().default(null),
    /** Seeds the dataset sample and the bootstrap; random when left out. */
    seed: z.number().int().min(0).max(2_147_483_647).optional(),
  })
  .refine((input) => input.versionA !== input.versionB, {
    message: "compare two different versions",
    path: ["versionB"],
  });
export type StartComparisonInput = z.input<typeof startComparisonInput>;

/** Stores a comparison and its items, then starts running it in the background. */
export async function startComparison({
  ctx,
  input,
}: {
  ctx: Actor;
  input: StartComparisonInput;
}): Promise<ComparisonView> {
  const parsed = startComparisonInput.parse(input);
  const prompt = await requirePrompt(parsed.name);
  if (!isPromptTask(prompt.task))
    throw new Invalid(`No gateway task runs ${prompt.name}, so its versions cannot be run side by side.`);
  await Promise.all([requireVersion(prompt, parsed.versionA), requireVersion(prompt, parsed.versionB)]);
  if (parsed.jobId && (await db.job.count({ where: { id: parsed.jobId } })) === 0) {
    throw new Invalid(`Job ${parsed.jobId} does not exist.`, [{ path: "job_id", message: "unknown job" }]);
  }
  const seed = parsed.seed ?? crypto.randomInt(0, 2_147_483_647);
  const dataset = await buildDataset({ task: prompt.task, dataset: parsed.dataset, jobId: parsed.jobId, seed });
  if (dataset.items.length === 0)
    throw new Invalid("The dataset has no inputs to run.", [{ path: "dataset", message: "empty" }]);
  const scoresJob = prompt.task === "resume-extraction" || prompt.task === "match-rationale" ? parsed.jobId : null;
  const id = await db.$transaction(async (tx) => {
    const comparison = await tx.promptComparison.create({
      data: {
        promptId: prompt.id,
        task: prompt.task!,
        versionA: parsed.versionA,
        versionB: parsed.versionB,
        datasetKind: dataset.kind,
        datasetLabel: dataset.label,
        jobId: scoresJob,
        total: dataset.items.length,
        seed,
        chain: llmRuntime().config.chain,
        createdById: actorUserId(ctx),
        createdByName: actorName(ctx),
      },
      select: { id: true },
    });
    await tx.promptComparisonItem.createMany({
      data: dataset.items.map((item, position) => ({
        comparisonId: comparison.id,
        position,
        label: item.label.slice(0, 200),
        candidateId: item.candidateId,
        jobId: item.jobId,
        input: item.input as Prisma.InputJsonValue,
      })),
    });
    return comparison.id;
  });
  void driveComparison(id);
  return getComparison({ input: { id } });
}
