import "server-only";
import { z } from "zod";
import { rationaleInput } from "@/lib/vocabulary/extraction";
import { SeededRandom } from "@/lib/util/random";
import { db } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import type { PromptTaskName } from "@/lib/vocabulary/prompt-tasks";
import { parseCsv } from "@/lib/util/csv";
import { rationaleFor } from "./downstream";

// What a comparison runs on: stored candidates or jobs (chosen by id, or a seeded random or most-recent
// sample), or an uploaded JSON/CSV of inputs. Each becomes an item holding a snapshot of the task input.

export const MAX_ITEMS = 1000;

const ids = z.array(z.string().min(1).max(64)).min(1).max(MAX_ITEMS);
const sample = {
  size: z.number().int().min(1).max(MAX_ITEMS).default(50),
  order: z.enum(["random", "recent"]).default("random"),
};

export const datasetInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("candidates"), ids: ids.optional(), ...sample }).strict(),
  z.object({ kind: z.literal("jobs"), ids: ids.optional(), ...sample }).strict(),
  z
    .object({
      kind: z.literal("upload"),
      format: z.enum(["json", "csv"]),
      /** The file's text: a JSON array, or CSV with a header row. */
      content: z.string().min(1).max(4_000_000),
      filename: z.string().trim().max(200).optional(),
    })
    .strict(),
]);
export type DatasetInput = z.input<typeof datasetInput>;

export interface DatasetItem {
  label: string;
  candidateId: string | null;
  jobId: string | null;
  input: Record<string, unknown>;
}

export interface Dataset {
  kind: "candidates" | "jobs" | "upload";
  label: string;
  items: DatasetItem[];
}

function chooseIds(all: string[], size: number, seed: number): string[] {
  return new SeededRandom(seed).sample([...all].sort(), size);
}

async function storedCandidates(dataset: { ids?: string[]; size: number; order: "random" | "recent" }, seed: number) {
  const withResume = { resumeText: { not: "" } };
  let chosen: string[];
  if (dataset.ids) chosen = dataset.ids;
  else if (dataset.order === "recent") {
    chosen = (
      await db.candidate.findMany({
        where: withResume,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        take: dataset.size,
        select: { id: true },
      })
    ).map((row) => row.id);
  } else
    chosen = chooseIds(
      (await db.candidate.findMany({ where: withResume, select: { id: true } })).map((row) => row.id),
      dataset.size,
      seed,
    );
  const rows = await db.candidate.findMany({
    where: { id: { in: chosen } },
    select: { id: true, fullName: true, resumeText: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const missing = chosen.filter((id) => !byId.has(id));
  if (missing.length > 0)
    throw new Invalid(`${missing.length} chosen candidates do not exist.`, [
      { path: "dataset.ids", message: `unknown: ${missing.slice(0, 5).join(", ")}` },
    ]);
  return chosen.map((id) => byId.get(id)!);
}

async function storedJobs(dataset: { ids?: string[]; size: number; order: "random" | "recent" }, seed: number) {
  let chosen: string[];
  if (dataset.ids) chosen = dataset.ids;
  else if (dataset.order === "recent") {
    chosen = (
      await db.job.findMany({
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        take: dataset.size,
        select: { id: true },
      })
    ).map((row) => row.id);
  } else
    chosen = chooseIds(
      (await db.job.findMany({ select: { id: true } })).map((row) => row.id),
      dataset.size,
      seed,
    );
  const rows = await db.job.findMany({
    where: { id: { in: chosen } },
    select: { id: true, title: true, description: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const missing = chosen.filter((id) => !byId.has(id));
  if (missing.length > 0)
    throw new Invalid(`${missing.length} chosen jobs do not exist.`, [
      { path: "dataset.ids", message: `unknown: ${missing.slice(0, 5).join(", ")}` },
    ]);
  return chosen.map((id) => byId.get(id)!);
}

/** The rows of an uploaded file: objects from a JSON array (strings count as `text`), or CSV records. */
function uploadedRows(upload: { format: "json" | "csv"; content: string }): Record<string, unknown>[] {
  try {
    if (upload.format === "csv") return parseCsv(upload.content);
    const parsed: unknown = JSON.parse(upload.content);
    if (!Array.isArray(parsed)) throw new Error("a JSON array is expected");
    return parsed.map((row) => (typeof row === "string" ? { text: row } : row)) as Record<string, unknown>[];
  } catch (error) {
    throw new Invalid(
      `The uploaded file cannot be read: ${error instanceof Error ? error.message : "unknown format"}.`,
      [{ path: "dataset.content", message: "unreadable" }],
    );
  }
}

const resumeRow = z.object({
  resume_text: z.string().trim().min(1).max(100_000).optional(),
  text: z.string().trim().min(1).max(100_000).optional(),
  label: z.string().optional(),
  name: z.string().optional(),
});
const jobRow = z.object({
  title: z.string().trim().min(1).max(300),
  description: z.string().max(100_000).default(""),
  label: z.string().optional(),
});

function uploadedItem(task: PromptTaskName, row: unknown, index: number): DatasetItem {
  const fail = (message: string): never => {
    throw new Invalid(`Row ${index + 1} of the upload is not a valid input: ${message}.`, [
      { path: `dataset.content.${index}`, message },
    ]);
  };
  if (task === "resume-extraction") {
    const parsed = resumeRow.safeParse(row);
    const text = parsed.data?.resume_text ?? parsed.data?.text;
    if (!parsed.success || !text) return fail("expected resume_text (or text)");
    return {
      label: parsed.data.label ?? parsed.data.name ?? `Row ${index + 1}`,
      candidateId: null,
      jobId: null,
      input: { text },
    };
  }
  if (task === "job-requirements") {
    const parsed = jobRow.safeParse(row);
    if (!parsed.success) return fail("expected title and description");
    return {
      label: parsed.data.label ?? parsed.data.title,
      candidateId: null,
      jobId: null,
      input: { title: parsed.data.title, description: parsed.data.description },
    };
  }
  const parsed = rationaleInput.safeParse(row);
  if (!parsed.success) return fail(`expected a rationale input (${parsed.error.issues[0]?.path.join(".") ?? "shape"})`);
  return { label: `Row ${index + 1}`, candidateId: null, jobId: null, input: parsed.data };
}

export async function buildDataset(options: {
  task: PromptTaskName;
  dataset: z.output<typeof datasetInput>;
  jobId: string | null;
  seed: number;
}): Promise<Dataset> {
  const { task, dataset, seed } = options;
  if (dataset.kind === "upload") {
    const rows = uploadedRows(dataset);
    if (rows.length > MAX_ITEMS)
      throw new Invalid(`An upload holds at most ${MAX_ITEMS} inputs.`, [
        { path: "dataset.content", message: `${rows.length} rows` },
      ]);
    return {
      kind: "upload",
      label: `${rows.length} uploaded inputs${dataset.filename ? ` (${dataset.filename})` : ""}`,
      items: rows.map((row, index) => uploadedItem(task, row, index)),
    };
  }
  const describe = (noun: string, count: number) =>
    dataset.ids
      ? `${count} chosen ${noun}`
      : `${count} ${dataset.order === "random" ? "random" : "most recent"} ${noun}`;
  if (dataset.kind === "jobs") {
    if (task !== "job-requirements")
      throw new Invalid("Jobs are inputs of the job-requirements prompt only.", [
        { path: "dataset.kind", message: `use candidates or an upload for ${task}` },
      ]);
    const jobs = await storedJobs(dataset, seed);
    return {
      kind: "jobs",
      label: describe("jobs", jobs.length),
      items: jobs.map((job) => ({
        label: job.title,
        candidateId: null,
        jobId: job.id,
        input: { title: job.title, description: job.description },
      })),
    };
  }
  if (task === "job-requirements")
    throw new Invalid("Candidates are not inputs of the job-requirements prompt.", [
      { path: "dataset.kind", message: "use jobs or an upload" },
    ]);
  const candidates = await storedCandidates(dataset, seed);
  if (task === "resume-extraction") {
    return {
      kind: "candidates",
      label: describe("candidates", candidates.length),
      items: candidates
        .filter((candidate) => candidate.resumeText.trim())
        .map((candidate) => ({
          label: candidate.fullName,
          candidateId: candidate.id,
          jobId: null,
          input: { text: candidate.resumeText },
        })),
    };
  }
  if (!options.jobId)
    throw new Invalid("A rationale explains a score: choose the job to score the candidates against.", [
      { path: "job_id", message: "required for match-rationale on candidates" },
    ]);
  const inputs = await rationaleFor({
    candidateIds: candidates.map((candidate) => candidate.id),
    jobId: options.jobId,
  });
  return {
    kind: "candidates",
    label: describe("candidates", candidates.length),
    items: candidates.map((candidate, index) => ({
      label: candidate.fullName,
      candidateId: candidate.id,
      jobId: options.jobId,
      input: inputs[index] as Record<string, unknown>,
    })),
  };
}

/** How many stored inputs a comparison can draw on. */
export async function availableInputs(): Promise<{ candidatesWithResume: number; jobs: number }> {
  const [candidatesWithResume, jobs] = await Promise.all([
    db.candidate.count({ where: { resumeText: { not: "" } } }),
    db.job.count(),
  ]);
  return { candidatesWithResume, jobs };
}
