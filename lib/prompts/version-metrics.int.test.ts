import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { taskPrompt } from "@/test/helpers/prompts";
import { createPromptVersion } from "./create-version";
import { getPromptDetail } from "./read-prompts";

// Production metrics per prompt version on the prompt page: from the Generation rows that ran the version,
// leaving out the calls a comparison made.

const system = { kind: "system", name: "metrics-test" } as const;

describe("prompt version metrics", () => {
  it("counts each version's calls, failures, latency percentiles, tokens and cost; comparison calls stay out", async () => {
    const prompt = await taskPrompt("resume-extraction");
    await createPromptVersion({
      ctx: system,
      input: { name: prompt.name, template: prompt.template, config: prompt.config, message: "Second" },
    });
    const versions = await db.promptVersion.findMany({
      where: { prompt: { name: prompt.name } },
      orderBy: { version: "asc" },
      select: { id: true, promptId: true },
    });
    const [first] = versions;
    const call = (versionId: string, latencyMs: number, ok: boolean) => ({
      provider: "openai",
      model: "gpt-4.1-mini",
      task: "resume-extraction",
      promptName: prompt.name,
      promptVersionId: versionId,
      status: ok ? "success" : "error",
      errorClass: ok ? null : "invalid_output",
      latencyMs,
      inputTokens: 1000,
      outputTokens: 100,
      cachedTokens: 200,
      costUsd: 0.0005,
    });
    await db.generation.createMany({
      data: [
        call(first!.id, 100, true),
        call(first!.id, 200, true),
        call(first!.id, 300, true),
        call(first!.id, 400, false),
      ],
    });
    // A comparison's call of the first version.
    const comparison = await db.promptComparison.create({
      data: {
        promptId: first!.promptId,
        task: "resume-extraction",
        versionA: 1,
        versionB: 2,
        datasetKind: "candidates",
        datasetLabel: "test",
        total: 1,
        seed: 1,
        chain: ["openai"],
        createdByName: "test",
        items: { create: { position: 0, label: "item", input: {} } },
      },
      select: { items: { select: { id: true } } },
    });
    await db.generation.create({
      data: { ...call(first!.id, 9_000, false), comparisonItemId: comparison.items[0]!.id },
    });

    const detail = await getPromptDetail({ input: { name: prompt.name } });
    const metricsOf = (version: number) => detail.versions.find((row) => row.version === version)!.metrics;
    expect(metricsOf(2)).toBeNull(); // never ran
    const metrics = metricsOf(1)!;
    expect(metrics).toMatchObject({
      calls: 4,
      failures: 1,
      failureRate: 0.25,
      inputTokens: 4000,
      outputTokens: 400,
      cachedTokens: 800,
    });
    expect(metrics.p50LatencyMs).toBeCloseTo(250, 6); // percentile_cont of 100, 200, 300, 400
    expect(metrics.p95LatencyMs).toBeCloseTo(385, 6);
    expect(metrics.costUsd).toBeCloseTo(0.002, 10);
  });
});
