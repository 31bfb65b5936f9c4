import { createApiKey } from "@/lib/auth";
import * as admin from "@/lib/contracts/admin";
import * as drift from "@/lib/contracts/drift";
import * as embeddings from "@/lib/contracts/embeddings";
import * as models from "@/lib/contracts/models";
import * as comparisons from "@/lib/contracts/prompt-comparisons";
import * as prompts from "@/lib/contracts/prompts";
import * as providers from "@/lib/contracts/providers";
import * as system from "@/lib/contracts/system";
import { settleComparisons } from "@/lib/prompt-comparisons";
import type { createRecorder } from "./recorder";

type Recorder = Awaited<ReturnType<typeof createRecorder>>;
type Window = { start: string; end: string };

// What an admin does: keys and users, model weights, prompts and their comparisons, drift checks.

export async function recordAdministration(recorder: Recorder, { jobId }: { jobId: string }): Promise<void> {
  const { call } = recorder;

  await call(admin.listApiKeys);
  const old = await createApiKey({
    ctx: { kind: "system", name: "examples" },
    input: { name: "Lever (old)", scopes: ["sync"] },
  });
  await call(admin.revokeApiKey, { params: { id: old.apiKey.id } });
  await call(admin.listUsers);
  await call(admin.createUser, {
    body: { email: "sam.taylor@example.com", name: "Sam Taylor", role: "RECRUITER", password: "correct-horse-battery" },
  });

  const list = await call<{ items: { version: string; active: boolean; definition: unknown }[] }>(models.listModels);
  const active = list.items.find((model) => model.active)!;
  await call(models.createModel, {
    body: { version: "2026-12-refit", definition: active.definition, notes: "Refit on November outcomes." },
  });
  await call(providers.getProviderOverview);
  await call(embeddings.runEmbeddingRefreshCron);
  const embedding = await call<{ model: string }>(embeddings.getEmbeddingStatus);
  await call(embeddings.startEmbeddingRefresh, { body: { model: embedding.model } });

  await recordPrompts(recorder, jobId);
  await recordDrift(recorder);
  await call(models.compareModel, { params: { version: "2026-12-refit" }, query: { recent: "200" } });
  await call(models.createActivation, {
    body: { version: "2026-12-refit", note: "Refit on November outcomes; AUC up on held-out rows." },
  });
  await call(models.listActivations, { query: { limit: "20" } });
  await call(models.activateModel, { params: { version: active.version } });

  const document = await call<{ paths: Record<string, unknown> }>(system.getOpenApi);
  // The whole document is the example of itself; one path shows its shape.
  document.paths = { "/api/health": document.paths["/api/health"] };
}

async function recordPrompts(recorder: Recorder, jobId: string): Promise<void> {
  const { call } = recorder;
  const name = "resume-extraction";
  await call(prompts.listPrompts);
  await call(prompts.createPrompt, {
    body: {
      name: "interview-questions",
      type: "text",
      description: "Five interview questions that test a job's required skills.",
      variables: ["job_title", "skills"],
      template: "Write five interview questions for a {{job_title}} that test {{skills}}.",
      config: { provider: "openai", model: "gpt-4.1-mini", temperature: 0.3, max_tokens: 600 },
      message: "First version",
    },
  });
  const first = await call<{ template: string | { role: string; content: string }[] }>(prompts.getVersion, {
    params: { name, version: "1" },
  });
  const template =
    typeof first.template === "string"
      ? `${first.template}\nList at most 25 technical skills.`
      : first.template.map((message, index) =>
          index === 0 ? { ...message, content: `${message.content}\nList at most 25 technical skills.` } : message,
        );
  await call(prompts.createVersion, {
    params: { name },
    body: { template, config: { temperature: 0 }, message: "Cap technical skills at 25", base_version: 1 },
  });
  await call(prompts.getPrompt, { params: { name } });
  await call(prompts.diffVersions, { params: { name }, query: { from: "1", to: "2" } });
  await call(prompts.moveLabel, {
    params: { name, label: "staging" },
    body: { version: 2, note: "Try the 25-skill cap on staging first." },
  });

  // A run cancelled at once first, so the run that finishes is the example of starting one.
  const dataset = { kind: "candidates", size: 5, order: "random" };
  const cancelled = await call<{ id: string }>(comparisons.startComparison, {
    params: { name },
    body: { version_a: 1, version_b: 2, dataset: { ...dataset, size: 50 }, seed: 8 },
  });
  await call(comparisons.cancelComparison, { params: { id: cancelled.id } });
  await settleComparisons();
  const started = await call<{ id: string }>(comparisons.startComparison, {
    params: { name },
    body: { version_a: 1, version_b: 2, dataset, job_id: jobId, seed: 7 },
  });
  await settleComparisons();
  await call(comparisons.getComparison, { params: { id: started.id } });
  await call(comparisons.listComparisonItems, { params: { id: started.id }, query: { limit: "2" } });
  await call(comparisons.listComparisons, { params: { name } });
}

async function recordDrift(recorder: Recorder): Promise<void> {
  const { call } = recorder;
  const reports = await call<{ items: { id: string; status: string; current: Window }[] }>(drift.listDriftReports, {
    query: { limit: "1" },
  });
  const latest = reports.items[0]!;
  await call(drift.getDriftReport, { params: { id: latest.id } });
  await call(drift.runDriftNow);
  const baseline = await call<{ id: string }>(drift.pinDriftBaseline, { body: latest.current });
  await call(drift.unpinDriftBaseline, { params: { id: baseline.id } });
  await call(drift.runDriftCron);
}
