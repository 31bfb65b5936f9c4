import { z } from "zod";
import { defineContract, type AuthPolicy } from "@/lib/http/contract";
import type {
  LabelEvent,
  LabelMove,
  PromptDetail,
  PromptRow,
  PromptSummary,
  VersionDiff,
  VersionRow,
} from "@/lib/prompts";
import { PROMPT_MODEL_PROVIDERS, type PromptConfig } from "@/lib/vocabulary/prompt-config";
import { chatTemplate } from "@/lib/vocabulary/prompt-template";
import {
  labelNameSchema,
  promptNameSchema,
  promptTemplateSchema,
  promptTypeSchema,
  variableNameSchema,
  versionNumberSchema,
} from "@/lib/vocabulary/prompt-schemas";
import { PROMPT_TASK_NAMES } from "@/lib/vocabulary/prompt-tasks";
import { isoDateTime } from "./common";

// The prompt registry over HTTP. Admins (session, or an API key with `admin`) write; any signed-in user
// reads, so recruiters can see which prompt version reads their candidates' résumés.

export const READ: AuthPolicy = { session: "any", apiKey: "admin" };
export const WRITE: AuthPolicy = { session: "ADMIN", apiKey: "admin" };

export const configJson = z
  .object({
    provider: z.enum(PROMPT_MODEL_PROVIDERS).optional(),
    model: z.string().trim().min(1).max(120).optional(),
    temperature: z.number().min(0).max(2).optional(),
    max_tokens: z.number().int().min(1).max(32_000).optional(),
    response_schema: z.string().trim().min(1).max(80).optional(),
  })
  .strict();
export type ConfigJson = z.infer<typeof configJson>;

export function toPromptConfig(config: ConfigJson | undefined): PromptConfig {
  const { provider, model, temperature, max_tokens: maxTokens, response_schema: responseSchema } = config ?? {};
  return Object.fromEntries(
    Object.entries({ provider, model, temperature, maxTokens, responseSchema }).filter(
      ([, value]) => value !== undefined,
    ),
  );
}

export function presentConfig(config: PromptConfig): ConfigJson {
  const { provider, model, temperature, maxTokens: max_tokens, responseSchema: response_schema } = config;
  return Object.fromEntries(
    Object.entries({ provider, model, temperature, max_tokens, response_schema }).filter(
      ([, value]) => value !== undefined,
    ),
  );
}

export const nameParams = z.object({ name: promptNameSchema });
export const versionParams = z.object({
  name: promptNameSchema,
  version: z.coerce.number().int().min(1).max(1_000_000),
});
export const labelParams = z.object({ name: promptNameSchema, label: labelNameSchema });

const templateJson = z.union([z.string(), chatTemplate]);

const labelJson = z.object({ name: z.string(), version: z.number().int(), updated_at: isoDateTime });

export const promptSummaryJson = z.object({
  name: z.string(),
  type: promptTypeSchema,
  task: z.string().nullable(),
  description: z.string(),
  variables: z.array(z.string()),
  labels: z.array(labelJson),
  latest_version: z.number().int(),
  version_count: z.number().int(),
  last_change: z
    .object({ kind: z.enum(["version", "label"]), at: isoDateTime, by: z.string(), summary: z.string() })
    .nullable(),
  created_at: isoDateTime,
});

export const versionJson = z.object({
  version: z.number().int(),
  template: templateJson,
  config: configJson,
  message: z.string(),
  base_version: z.number().int().nullable(),
  author: z.string(),
  created_at: isoDateTime,
  variables: z.array(z.string()),
});

export const metricsJson = z.object({
  calls: z.number().int(),
  failures: z.number().int(),
  failure_rate: z.number(),
  p50_latency_ms: z.number().nullable(),
  p95_latency_ms: z.number().nullable(),
  input_tokens: z.number(),
  output_tokens: z.number(),
  cost_usd: z.number(),
});

export const labelEventJson = z.object({
  id: z.string(),
  label: z.string(),
  from_version: z.number().int().nullable(),
  to_version: z.number().int(),
  actor: z.string(),
  comparison_id: z.string().nullable(),
  note: z.string(),
  created_at: isoDateTime,
});

export const promptDetailJson = promptSummaryJson.extend({
  versions: z.array(versionJson.extend({ labels: z.array(z.string()), metrics: metricsJson.nullable() })),
  events: z.array(labelEventJson),
});
export type PromptDetailJson = z.infer<typeof promptDetailJson>;

export const diffJson = z.object({
  name: z.string(),
  from: versionJson,
  to: versionJson,
  lines: z.array(
    z.object({
      kind: z.enum(["equal", "add", "remove"]),
      text: z.string(),
      old_line: z.number().int().nullable(),
      new_line: z.number().int().nullable(),
    }),
  ),
  added: z.number().int(),
  removed: z.number().int(),
  variables: z.object({ added: z.array(z.string()), removed: z.array(z.string()), unchanged: z.array(z.string()) }),
  config: z.array(
    z.object({
      key: z.string(),
      from: z.union([z.string(), z.number()]).nullable(),
      to: z.union([z.string(), z.number()]).nullable(),
    }),
  ),
});
export type DiffJson = z.infer<typeof diffJson>;

export const createPromptBody = z
  .object({
    name: promptNameSchema,
    type: promptTypeSchema,
    task: z
      .enum(PROMPT_TASK_NAMES as [string, ...string[]])
      .nullable()
      .optional(),
    description: z.string().trim().max(500).optional(),
    variables: z.array(variableNameSchema).max(20).optional(),
    template: promptTemplateSchema,
    config: configJson.optional(),
    message: z.string().trim().min(1).max(500).optional(),
  })
  .strict();

export const createVersionBody = z
  .object({
    template: promptTemplateSchema,
    config: configJson.optional(),
    message: z.string().trim().min(1, "say what changed").max(500),
    base_version: versionNumberSchema.optional(),
  })
  .strict();

export const moveLabelBody = z
  .object({
    version: versionNumberSchema,
    expected_from_version: versionNumberSchema.nullable().optional(),
    comparison_id: z.string().min(1).max(64).optional(),
    note: z.string().trim().max(500).optional(),
  })
  .strict();

export const labelMoveJson = z.object({
  label: z.string(),
  from_version: z.number().int().nullable(),
  to_version: z.number().int(),
  moved: z.boolean(),
});

export const listPrompts = defineContract({
  method: "GET",
  path: "/api/prompts",
  summary: "Prompts with their current labels and last change",
  tags: ["prompts"],
  auth: READ,
  response: z.object({ items: z.array(promptSummaryJson) }),
});

export const createPrompt = defineContract({
  method: "POST",
  path: "/api/prompts",
  summary: "Create a prompt with its first version, labelled production (a task's prompt takes the task's variables)",
  tags: ["prompts"],
  auth: WRITE,
  body: createPromptBody,
  response: promptSummaryJson,
  successStatus: 201,
});

export const getPrompt = defineContract({
  method: "GET",
  path: "/api/prompts/{name}",
  summary: "A prompt's versions, labels, label history and production metrics per version",
  tags: ["prompts"],
  auth: READ,
  params: nameParams,
  response: promptDetailJson,
});

export const createVersion = defineContract({
  method: "POST",
  path: "/api/prompts/{name}/versions",
  summary: "Save a new immutable version (numbered next); its variables must be exactly the prompt's",
  tags: ["prompts"],
  auth: WRITE,
  params: nameParams,
  body: createVersionBody,
  response: versionJson,
  successStatus: 201,
});

export const getVersion = defineContract({
  method: "GET",
  path: "/api/prompts/{name}/versions/{version}",
  summary: "One version of a prompt",
  tags: ["prompts"],
  auth: READ,
  params: versionParams,
  response: versionJson,
});

export const diffVersions = defineContract({
  method: "GET",
  path: "/api/prompts/{name}/diff",
  summary: "What changed between two versions: template lines, variables and config",
  tags: ["prompts"],
  auth: READ,
  params: nameParams,
  query: z
    .object({ from: z.coerce.number().int().min(1).max(1_000_000), to: z.coerce.number().int().min(1).max(1_000_000) })
    .strict(),
  response: diffJson,
});

export const moveLabel = defineContract({
  method: "PUT",
  path: "/api/prompts/{name}/labels/{label}",
  summary:
    "Point a label (production, staging or custom) at a version; the move is audited, optionally with the comparison behind it",
  tags: ["prompts"],
  auth: WRITE,
  params: labelParams,
  body: moveLabelBody,
  response: labelMoveJson,
});

const iso = (date: Date) => date.toISOString();

export function presentVersion(version: VersionRow & { variables: string[] }): z.infer<typeof versionJson> {
  return {
    version: version.version,
    template: version.template,
    config: presentConfig(version.config),
    message: version.message,
    base_version: version.baseVersion,
    author: version.authorName,
    created_at: iso(version.createdAt),
    variables: version.variables,
  };
}

export function presentPromptSummary(prompt: PromptSummary): z.infer<typeof promptSummaryJson> {
  return {
    name: prompt.name,
    type: prompt.type,
    task: prompt.task,
    description: prompt.description,
    variables: prompt.variables,
    labels: prompt.labels.map((label) => ({
      name: label.name,
      version: label.version,
      updated_at: iso(label.updatedAt),
    })),
    latest_version: prompt.latestVersion,
    version_count: prompt.versionCount,
    last_change: prompt.lastChange && {
      kind: prompt.lastChange.kind,
      at: iso(prompt.lastChange.at),
      by: prompt.lastChange.by,
      summary: prompt.lastChange.summary,
    },
    created_at: iso(prompt.createdAt),
  };
}

export function presentCreatedPrompt(prompt: PromptRow): z.infer<typeof promptSummaryJson> {
  return presentPromptSummary({ ...prompt, labels: [], latestVersion: 1, versionCount: 1, lastChange: null });
}

function presentEvent(event: LabelEvent): z.infer<typeof labelEventJson> {
  return {
    id: event.id,
    label: event.label,
    from_version: event.fromVersion,
    to_version: event.toVersion,
    actor: event.actorName,
    comparison_id: event.comparisonId,
    note: event.note,
    created_at: iso(event.createdAt),
  };
}

export function presentPromptDetail(detail: PromptDetail): PromptDetailJson {
  return {
    ...presentPromptSummary(detail),
    versions: detail.versions.map((version) => ({
      ...presentVersion(version),
      labels: version.labels,
      metrics: version.metrics && {
        calls: version.metrics.calls,
        failures: version.metrics.failures,
        failure_rate: version.metrics.failureRate,
        p50_latency_ms: version.metrics.p50LatencyMs,
        p95_latency_ms: version.metrics.p95LatencyMs,
        input_tokens: version.metrics.inputTokens,
        output_tokens: version.metrics.outputTokens,
        cost_usd: version.metrics.costUsd,
      },
    })),
    events: detail.events.map(presentEvent),
  };
}

const SNAKE_KEYS: Record<string, string> = { maxTokens: "max_tokens", responseSchema: "response_schema" };

export function presentDiff(
  name: string,
  result: { from: VersionRow & { variables: string[] }; to: VersionRow & { variables: string[] }; diff: VersionDiff },
): DiffJson {
  return {
    name,
    from: presentVersion(result.from),
    to: presentVersion(result.to),
    lines: result.diff.lines.map((line) => ({
      kind: line.kind,
      text: line.text,
      old_line: line.oldLine,
      new_line: line.newLine,
    })),
    added: result.diff.added,
    removed: result.diff.removed,
    variables: result.diff.variables,
    config: result.diff.config.map((change) => ({
      key: SNAKE_KEYS[change.key] ?? change.key,
      from: change.from,
      to: change.to,
    })),
  };
}

export function presentLabelMove(move: LabelMove): z.infer<typeof labelMoveJson> {
  return { label: move.label, from_version: move.fromVersion, to_version: move.toVersion, moved: move.moved };
}
