import "server-only";
import { evaluateDrift } from "@/lib/drift";
import { saveDriftReport } from "@/lib/drift";
import { daysBefore, startOfUtcDay } from "@/lib/drift";
import { computeFeatures } from "@/lib/scoring";
import { insertInference, type InferenceRow } from "@/lib/scoring";
import { applyModel } from "@/lib/scoring";
import { activeModel } from "@/lib/scoring";
import { payloadFromStored } from "@/lib/scoring";
import { lexicalCorpus, payloadSnapshot, type LexicalCorpus } from "@/lib/scoring";
import type { PreparedCandidate, PreparedJob } from "@/lib/scoring";
import { inferenceRowOf, scoreResultOf } from "@/lib/scoring";
import {
  isLocalTo,
  prepareStoredCandidate,
  prepareStoredJob,
  type StoredCandidate,
  type StoredJob,
} from "@/lib/scoring";
import { SeededRandom } from "@/lib/util/random";
import { db } from "@/lib/db";
import { simulateOutcomes } from "./outcomes";
import type { DemoTruth } from "./truth";

// A few weeks of scoring traffic for the demo, so the drift page shows real history: every inference is
// scored through the real pipeline (stored records → prepared inputs → signals → model) and logged with a
// backdated time. One week's traffic shifts — mostly junior candidates, a sales-heavy job mix, and a new
// recruiter taking over half the jobs — and its report drifts. Reports are stored for every week. Given the
// generator's ground truth, applications also get hiring outcomes (outcomes.ts), for `npm run model:fit`.

export const HISTORY_WEEKS = 6;
/** 0-based: the fourth of six weeks, so the chart shows normal weeks, the episode, and the recovery. */
export const DRIFTED_WEEK = 3;
const NEW_RECRUITER = "rec_09";
const SHIFTED_DEPARTMENTS = new Set(["Sales", "Marketing", "Customer Success", "People"]);
const JUNIOR = new Set(["intern", "junior"]);

export type HistoryCandidate = StoredCandidate & { resumeText: string };

/** Any job: a candidate's preparation depends on the job only for locality, which is set per row. */
const job0 = (jobs: StoredJob[]) => jobs[0]!;

export interface DemoHistorySummary {
  inferences: number;
  outcomes: number;
  reports: number;
}

export async function seedDemoHistory({
  now,
  jobs,
  candidates,
  rowsPerWeek = 650,
  truth,
}: {
  now: Date;
  jobs: StoredJob[];
  candidates: HistoryCandidate[];
  rowsPerWeek?: number;
  /** The generator's ground truth; without it no outcomes are simulated. */
  truth?: DemoTruth;
}): Promise<DemoHistorySummary> {
  const model = await activeModel();
  const today = startOfUtcDay(now);
  const weekStart = (week: number) => daysBefore(today, (HISTORY_WEEKS - week) * 7);
  const random = new SeededRandom(20260103);
  // A static pool of jobs cannot keep a stationary age mix over six weeks, so every week sees the jobs'
  // ages as of today: only the intended week drifts.
  const preparedJobs = new Map(jobs.map((job) => [job.id, prepareStoredJob(job, now)]));
  const corpora = new Map<string, LexicalCorpus>();
  for (const [id, prepared] of preparedJobs) corpora.set(id, await lexicalCorpus(prepared.query.keys()));
  const preparedCandidates = new Map(
    candidates.map((candidate) => [candidate.id, prepareStoredCandidate(candidate, job0(jobs))]),
  );
  const juniors = candidates.filter((candidate) => JUNIOR.has(candidate.seniority ?? ""));
  const shiftedJobs = jobs.filter((job) => SHIFTED_DEPARTMENTS.has(job.department));
  // Recruiters mostly score people who could fit: candidates with at least one of the job's skills.
  const plausible = new Map(
    jobs.map((job) => [
      job.id,
      candidates.filter((candidate) =>
        candidate.technicalSkills.some((skill) => job.requiredTechSkills.includes(skill)),
      ),
    ]),
  );

  const rows: InferenceRow[] = [];
  for (let week = 0; week < HISTORY_WEEKS; week++) {
    const drifted = week === DRIFTED_WEEK;
    const count = rowsPerWeek + random.int(-40, 40);
    for (let i = 0; i < count; i++) {
      const job =
        drifted && shiftedJobs.length > 0 && random.chance(0.6) ? random.pick(shiftedJobs) : random.pick(jobs);
      const fits = plausible.get(job.id) ?? [];
      const candidate =
        drifted && juniors.length > 0 && random.chance(0.75)
          ? random.pick(juniors)
          : fits.length > 0 && random.chance(0.7)
            ? random.pick(fits)
            : random.pick(candidates);
      const reassigned = drifted && random.chance(0.5);
      const createdAt = new Date(weekStart(week).getTime() + Math.floor(random.next() * 7 * 86_400_000));
      rows.push(
        historyRow({
          job: reassigned ? { ...job, recruiterId: NEW_RECRUITER } : job,
          preparedJob: reassigned
            ? { ...preparedJobs.get(job.id)!, recruiterId: NEW_RECRUITER }
            : preparedJobs.get(job.id)!,
          candidate,
          preparedCandidate: preparedCandidates.get(candidate.id)!,
          corpus: corpora.get(job.id)!,
          model,
          createdAt,
          requestId: `demo_history_${week}_${i}`,
        }),
      );
    }
  }
  await Promise.all(rows.map((row) => insertInference(row)));
  const outcomes = truth
    ? simulateOutcomes({
        scored: rows.map((row) => ({
          inferenceId: row.id,
          jobId: row.jobId!,
          candidateId: row.candidateId!,
          createdAt: row.createdAt!,
        })),
        truth,
        now,
      })
    : [];
  await db.outcome.createMany({ data: outcomes });

  // One report per week, as the weekly job would have written them. Alerts are not sent for the past.
  for (let week = 0; week < HISTORY_WEEKS; week++) {
    const started = performance.now();
    // A smaller vector sample than the weekly job's 2,000 keeps the first start quick; it is recorded in the report.
    const evaluation = await evaluateDrift({
      input: { currentEnd: weekStart(week + 1), useBaseline: false, embeddingSample: 600 },
      now,
    });
    await saveDriftReport({
      evaluation,
      runBy: "demo-seed",
      durationMs: performance.now() - started,
      alertsConfigured: false,
    });
  }
  return { inferences: rows.length, outcomes: outcomes.length, reports: HISTORY_WEEKS };
}

function historyRow(options: {
  job: StoredJob;
  preparedJob: PreparedJob;
  candidate: HistoryCandidate;
  preparedCandidate: PreparedCandidate;
  corpus: LexicalCorpus;
  model: Awaited<ReturnType<typeof activeModel>>;
  createdAt: Date;
  requestId: string;
}): InferenceRow {
  const { job, candidate, model } = options;
  const prepared = { ...options.preparedCandidate, isLocal: isLocalTo(candidate.location, job) };
  const computed = computeFeatures(prepared, options.preparedJob, options.corpus);
  const sameModel = candidate.embeddingModel !== null && candidate.embeddingModel === job.embeddingModel;
  const embeddingModel = sameModel ? candidate.embeddingModel! : (job.embeddingModel ?? "none");
  // The payload snapshot as an ATS would send it, without the two vectors: they are stored in their own
  // columns, and 4,000 copies of 2 × 384 numbers as JSON would slow the first start for nothing.
  const {
    candidate: payloadCandidate,
    job_context: jobContext,
    ...rest
  } = payloadFromStored({
    requestId: options.requestId,
    candidate,
    resumeText: candidate.resumeText,
    job,
    embeddingModel,
    now: options.createdAt,
  });
  const payload = {
    ...rest,
    candidate: { ...payloadCandidate, embeddings: undefined },
    job_context: { ...jobContext, embeddings: undefined },
  };
  const result = scoreResultOf({
    requestId: options.requestId,
    inferenceId: crypto.randomUUID(),
    computed,
    output: applyModel(model, computed.features),
    warnings: [],
    modelVersion: model.version,
    embeddingModel,
    promptVersions: [],
    enrichment: { provider: null, derived: [] },
    latencyMs: 0,
  });
  const snapshot = payloadSnapshot(payload);
  return inferenceRowOf(result, {
    requestScope: "system:demo",
    payloadHash: snapshot.hash,
    payloadJson: snapshot.text,
    jobId: job.id,
    candidateId: candidate.id,
    source: "demo",
    apiKeyId: null,
    userId: null,
    candidateEmbedding: sameModel ? candidate.embedding : null,
    jobEmbedding: sameModel ? job.embedding : null,
    createdAt: options.createdAt,
  });
}
