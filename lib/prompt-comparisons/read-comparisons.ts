import "server-only";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { requirePrompt } from "@/lib/prompts";
import { diffOutputs, type FieldDiff } from "./field-diff";
import { orderFields, orderOutput } from "./field-order";
import type { ComparisonSummary } from "./summarize";
import { comparisonStatus, computeSummary, storedSummary, type ComparisonStatus } from "./summary-store";

export interface ComparisonRecord {
  id: string;
  promptName: string;
  task: string;
  versionA: number;
  versionB: number;
  datasetKind: string;
  datasetLabel: string;
  job: { id: string; title: string } | null;
  status: ComparisonStatus;
  total: number;
  completed: number;
  chain: string[];
  error: string | null;
  createdByName: string;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface ComparisonView extends ComparisonRecord {
  /** Items a version's answer came from the builtin rules (which ignore prompts: no difference can show). */
  builtinAnswers: { a: number; b: number };
  summary: ComparisonSummary | null;
  /** Each scored item's score under A and under B (for the scatter plot). */
  scorePoints: { position: number; label: string; a: number; b: number }[];
}

export interface SideView {
  valid: boolean | null;
  output: unknown;
  error: string | null;
  provider: string | null;
  latencyMs: number | null;
  tokens: number | null;
  costUsd: number | null;
  score: number | null;
  band: string | null;
}

export interface ComparisonItemView {
  id: string;
  position: number;
  label: string;
  candidateId: string | null;
  jobId: string | null;
  input: unknown;
  status: "pending" | "done";
  a: SideView;
  b: SideView;
  /** Field-level diff of the two outputs; null until both versions answered validly. */
  fields: FieldDiff[] | null;
  /** Validity differs, or any field does. */
  changed: boolean;
}

const recordSelect = {
  id: true,
  task: true,
  versionA: true,
  versionB: true,
  datasetKind: true,
  datasetLabel: true,
  status: true,
  total: true,
  completed: true,
  chain: true,
  error: true,
  createdByName: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  seed: true,
  summary: true,
  prompt: { select: { name: true } },
  job: { select: { id: true, title: true } },
} as const;

type Row = NonNullable<Awaited<ReturnType<typeof findRow>>>;

function findRow(id: string) {
  return db.promptComparison.findUnique({ where: { id }, select: recordSelect });
}

function toRecord(row: Row): ComparisonRecord {
  const { prompt, seed: _seed, summary: _summary, status, ...rest } = row;
  return { ...rest, promptName: prompt.name, status: comparisonStatus.parse(status) };
}

export async function getComparison({ input }: { input: { id: string } }): Promise<ComparisonView> {
  const row = await findRow(input.id);
  if (!row) throw new NotFound(`Comparison ${input.id} does not exist.`);
  // Progress is counted from the items, so it never lags behind the items the page shows.
  const [completed, builtinA, builtinB, scored] = await Promise.all([
    db.promptComparisonItem.count({ where: { comparisonId: row.id, status: "done" } }),
    db.promptComparisonItem.count({ where: { comparisonId: row.id, providerA: "builtin" } }),
    db.promptComparisonItem.count({ where: { comparisonId: row.id, providerB: "builtin" } }),
    db.promptComparisonItem.findMany({
      where: { comparisonId: row.id, scoreA: { not: null }, scoreB: { not: null } },
      orderBy: { position: "asc" },
      select: { position: true, label: true, scoreA: true, scoreB: true },
    }),
  ]);
  const summary =
    (row.status === "completed" ? storedSummary(row.summary) : null) ??
    (completed > 0
      ? await computeSummary({ ...row, completed, final: row.status !== "queued" && row.status !== "running" })
      : null);
  return {
    ...toRecord(row),
    completed,
    builtinAnswers: { a: builtinA, b: builtinB },
    summary: summary && summary.items > 0 ? { ...summary, fields: orderFields(row.task, summary.fields) } : null,
    scorePoints: scored.map((item) => ({
      position: item.position,
      label: item.label,
      a: item.scoreA as number,
      b: item.scoreB as number,
    })),
  };
}

export async function listComparisons({
  input,
}: {
  input: { name: string; limit?: number };
}): Promise<(ComparisonRecord & { headline: ComparisonSummary | null })[]> {
  const prompt = await requirePrompt(input.name);
  const rows = await db.promptComparison.findMany({
    where: { promptId: prompt.id },
    orderBy: { createdAt: "desc" },
    take: input.limit ?? 50,
    select: recordSelect,
  });
  return rows.map((row) => ({
    ...toRecord(row),
    headline: row.status === "completed" ? storedSummary(row.summary) : null,
  }));
}

const side = (values: {
  valid: boolean | null;
  output: unknown;
  error: string | null;
  provider: string | null;
  latency: number | null;
  tokens: number | null;
  cost: number | null;
  score: number | null;
  band: string | null;
}): SideView => ({ ...values, latencyMs: values.latency, costUsd: values.cost });

export async function getComparisonItems({
  input,
}: {
  input: { id: string; limit: number; offset: number; changedOnly?: boolean };
}): Promise<{ items: ComparisonItemView[]; total: number }> {
  const comparison = await db.promptComparison.findUnique({ where: { id: input.id }, select: { task: true } });
  if (!comparison) throw new NotFound(`Comparison ${input.id} does not exist.`);
  const { task } = comparison;
  // "Changed only" needs every item's diff to filter and count exactly: those reads skip the inputs (the
  // résumés), which are fetched for the page alone.
  const rows = await db.promptComparisonItem.findMany({
    where: { comparisonId: input.id },
    orderBy: { position: "asc" },
    ...(input.changedOnly ? {} : { skip: input.offset, take: input.limit }),
    omit: { input: true },
  });
  const views = rows.map((row): Omit<ComparisonItemView, "input"> => {
    const diff = row.validA && row.validB ? diffOutputs(row.outputA, row.outputB) : null;
    const fields = diff && orderFields(task, diff);
    const done = row.status === "done";
    return {
      id: row.id,
      position: row.position,
      label: row.label,
      candidateId: row.candidateId,
      jobId: row.jobId,
      status: done ? "done" : "pending",
      a: side({
        valid: row.validA,
        output: orderOutput(task, row.outputA),
        error: row.errorA,
        provider: row.providerA,
        latency: row.latencyA,
        tokens: row.tokensA,
        cost: row.costA,
        score: row.scoreA,
        band: row.bandA,
      }),
      b: side({
        valid: row.validB,
        output: orderOutput(task, row.outputB),
        error: row.errorB,
        provider: row.providerB,
        latency: row.latencyB,
        tokens: row.tokensB,
        cost: row.costB,
        score: row.scoreB,
        band: row.bandB,
      }),
      fields,
      changed:
        done &&
        (row.validA !== row.validB || (fields?.some((field) => !field.same) ?? false) || row.bandA !== row.bandB),
    };
  });
  const changed = input.changedOnly ? views.filter((view) => view.changed) : null;
  const page = changed ? changed.slice(input.offset, input.offset + input.limit) : views;
  const total = changed ? changed.length : await db.promptComparisonItem.count({ where: { comparisonId: input.id } });
  const inputs = await db.promptComparisonItem.findMany({
    where: { id: { in: page.map((view) => view.id) } },
    select: { id: true, input: true },
  });
  const inputOf = new Map(inputs.map((row) => [row.id, row.input]));
  return { items: page.map((view) => ({ ...view, input: inputOf.get(view.id) ?? null })), total };
}
