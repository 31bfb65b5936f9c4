import "server-only";
import type { SeniorityLevel } from "@/lib/vocabulary/levels";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { ensureJobEmbedding } from "./job-embedding";
import { computeFeatures } from "./features";
import { topReasons, type Reason } from "./explain";
import { lexicalCorpus } from "./lexical-corpus";
import { applyModel, scoreOnly, type Band } from "./model/model";
import { activeModel, modelVersion } from "./model/model-store";
import { candidatePool } from "./candidate-pool";
import { isLocalTo, prepareStoredJob } from "./stored";

export interface RankingEntry {
  candidateId: string;
  fullName: string;
  location: string | null;
  seniority: SeniorityLevel | null;
  isLocal: boolean | null;
  score: number;
  band: Band;
  matchedSkills: string[];
  missingSkills: string[];
  /** The contributions that moved the score most, in words (filled for the page returned). */
  reasons: Reason[];
  /** The recruiter's latest band override for this candidate and job, shown beside the model's band. */
  override: BandOverride | null;
}

export interface BandOverride {
  band: string;
  reason: string | null;
  recordedAt: Date;
}

export interface RankingFilters {
  band?: Band;
  skill?: string;
  seniority?: SeniorityLevel;
  local?: boolean;
}

export type RankingSort = "score_desc" | "score_asc" | "name_asc";

export interface RankingPage {
  jobId: string;
  modelVersion: string;
  computedAt: Date;
  total: number;
  items: RankingEntry[];
}

// Rankings are computed in full (every stored candidate against the job) and cached per process under a
// stamp of everything they depend on: the job, the candidate pool and the model version. Any change
// makes a new stamp, so a cached ranking is never stale. The candidate pool is shared by all jobs.
const MAX_CACHED_JOBS = 32;
const cache = new Map<string, { stamp: string; entries: RankingEntry[]; modelVersion: string; computedAt: Date }>();

export async function rankCandidates({
  input,
}: {
  input: {
    jobId: string;
    limit: number;
    offset: number;
    filters?: RankingFilters;
    sort?: RankingSort;
    /** Rank with a stored version other than the active one (a preview); the active model otherwise. */
    modelVersion?: string;
    now?: Date;
  };
}): Promise<RankingPage> {
  const now = input.now ?? new Date();
  const job = await ensureJobEmbedding(input.jobId);
  if (!job) throw new NotFound("Job not found.");
  const model = input.modelVersion ? await modelVersion(input.modelVersion) : await activeModel();
  const pool = await candidatePool();
  const preparedJob = prepareStoredJob(job, now);
  const corpus = await lexicalCorpus(preparedJob.query.keys());
  const stamp = `${job.updatedAt.getTime()}|${pool.stamp}|${corpus.version}`;
  const cacheKey = `${job.id}|${model.version}`;
  let ranking = cache.get(cacheKey);
  if (!ranking || ranking.stamp !== stamp) {
    const entries = pool.candidates.map((row): RankingEntry => {
      const candidate = { ...row.prepared, isLocal: isLocalTo(row.location, job) };
      const { features, matchedSkills, missingSkills } = computeFeatures(candidate, preparedJob, corpus);
      const { score, band } = scoreOnly(model, features);
      return {
        candidateId: row.id,
        fullName: row.fullName,
        location: row.location,
        seniority: candidate.seniority,
        isLocal: candidate.isLocal,
        score,
        band,
        matchedSkills,
        missingSkills,
        reasons: [],
        override: null,
      };
    });
    entries.sort(bestFirst);
    ranking = { stamp, entries, modelVersion: model.version, computedAt: now };
    cache.delete(cacheKey);
    cache.set(cacheKey, ranking);
    if (cache.size > MAX_CACHED_JOBS) cache.delete(cache.keys().next().value!);
  }
  const filtered = sortEntries(filterEntries(ranking.entries, input.filters ?? {}), input.sort ?? "score_desc");
  const page = filtered.slice(input.offset, input.offset + input.limit);
  const overrides = await latestOverrides(
    job.id,
    page.map((entry) => entry.candidateId),
  );
  return {
    jobId: job.id,
    modelVersion: ranking.modelVersion,
    computedAt: ranking.computedAt,
    total: filtered.length,
    items: page.map((entry) => {
      const row = pool.byId.get(entry.candidateId);
      const override = overrides.get(entry.candidateId) ?? null;
      if (!row) return { ...entry, override };
      const candidate = { ...row.prepared, isLocal: entry.isLocal };
      const { features } = computeFeatures(candidate, preparedJob, corpus);
      return { ...entry, override, reasons: topReasons(applyModel(model, features).contributions, features) };
    }),
  };
}

// Ties by name, then id; plain code-unit comparison keeps the order stable and cheap.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const bestFirst = (a: RankingEntry, b: RankingEntry) =>
  b.score - a.score || byText(a.fullName, b.fullName) || byText(a.candidateId, b.candidateId);

function sortEntries(entries: RankingEntry[], sort: RankingSort): RankingEntry[] {
  if (sort === "score_desc") return entries; // the cached order
  const sorted = [...entries];
  if (sort === "score_asc") return sorted.sort((a, b) => -bestFirst(a, b));
  return sorted.sort((a, b) => a.fullName.localeCompare(b.fullName) || byText(a.candidateId, b.candidateId));
}

export function filterEntries(entries: RankingEntry[], filters: RankingFilters): RankingEntry[] {
  const { band, skill, seniority, local } = filters;
  if (!band && !skill && !seniority && local === undefined) return entries;
  return entries.filter(
    (entry) =>
      (!band || entry.band === band) &&
      (!seniority || entry.seniority === seniority) &&
      (local === undefined || entry.isLocal === local) &&
      (!skill || entry.matchedSkills.includes(skill)),
  );
}

/** The latest band override a recruiter recorded for each of these candidates on this job. */
async function latestOverrides(jobId: string, candidateIds: string[]): Promise<Map<string, BandOverride>> {
  if (candidateIds.length === 0) return new Map();
  const rows = await db.outcome.findMany({
    where: { bandOverride: { not: null }, inference: { jobId, candidateId: { in: candidateIds } } },
    orderBy: { createdAt: "desc" },
    select: { bandOverride: true, reason: true, createdAt: true, inference: { select: { candidateId: true } } },
  });
  const latest = new Map<string, BandOverride>();
  for (const row of rows) {
    const candidateId = row.inference.candidateId;
    if (candidateId && !latest.has(candidateId)) {
      latest.set(candidateId, { band: row.bandOverride!, reason: row.reason, recordedAt: row.createdAt });
    }
  }
  return latest;
}
