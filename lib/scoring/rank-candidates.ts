import "server-only";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { forEachChunk } from "@/lib/util/chunks";
import { ensureJobEmbedding } from "./job-embedding";
import { computeFeatures } from "./features";
import { topReasons } from "./explain";
import { lexicalCorpus } from "./lexical-corpus";
import { applyModel, type ScoringModel } from "./model/model";
import { activeModel, modelVersion } from "./model/model-store";
import {
  type CandidateRow,
  LATE_COMMITS_MS,
  pooledCandidate,
  poolStamp,
  readCandidateRowsById,
  readCandidatesById,
  savedSince,
  stillStored,
} from "./candidate-rows";
import { bestFirst, byName, type BandOverride, candidateForJob, type RankingEntry, scoreEntry } from "./rank-entries";
import { filterEntries, poolCondition, poolFilterKey, type RankingFilters } from "./ranking-filters";
import { retrieveCandidateIds, type RetrievalBudget } from "./retrieve-candidates";
import type { PreparedJob } from "./prepared";
import {
  accountedFor,
  newSaves,
  REFRESHED_UP_TO,
  type RefreshableRanking,
  refreshedRanking,
  SAVES_LOOKED_AT,
} from "./ranking-refresh";
import type { LexicalCorpus } from "./signals/lexical";
import type { SqlWithParams } from "./sql-params";
import { jobPlace, prepareStoredJob, type StoredJob } from "./stored";

export type { BandOverride, RankingEntry } from "./rank-entries";
export type { RankingFilters } from "./ranking-filters";

export type RankingSort = "score_desc" | "score_asc" | "name_asc";

export interface RankingPage {
  jobId: string;
  modelVersion: string;
  computedAt: Date;
  total: number;
  items: RankingEntry[];
}

// A ranking is the exact score of the candidates retrieval finds for the job among those the filters the
// database can apply keep (retrieve-candidates.ts, ranking-filters.ts: all of them when they are few), best
// first, cached per process and filter under a stamp of what it depends on besides the candidate pool: the
// job, the lexical frequencies and the model version. Any change to those makes a new stamp, and the
// ranking is computed again; candidates saved or removed since are brought into it (ranking-refresh.ts). A
// save that commits late, its time before the latest save the ranking saw, changes neither the pool's count
// nor its latest time: so a cached ranking looks at the saves again once LATE_COMMITS_MS passed since it last
// did, and is never staler than that. The cache holds scores, never candidates' profiles.
const MAX_CACHED_RANKINGS = 32;
// Candidates read at once to be scored, and reads running while a chunk is scored: at 1,000,000 reading took
// as long as scoring, and two reads at once cut exact scoring of 5,003 from ~0.87 to ~0.65 s (7 Dec 2026).
const SCORED_CHUNK = 250;
const SCORED_READS = 2;

interface CachedRanking {
  stamp: string;
  /** The pool it is current with (poolStamp). */
  pool: string;
  ranking: RefreshableRanking;
  modelVersion: string;
  /** The time it was scored for: a refresh scores for the same time, so a job's age weighs alike in every entry. */
  computedAt: Date;
  /** The job as prepared for that time (the stamp holds the job's version), which a refresh scores with. */
  preparedJob: PreparedJob;
  /** When (performance.now()) the pool was read for its last computation or refresh. */
  checkedAt: number;
}

const cache = new Map<string, CachedRanking>();

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
    /** How widely to look (tests and benchmarks size it to their pools); the default otherwise. */
    budget?: RetrievalBudget;
    /** How long a cached ranking of an unchanged pool is served before it looks at the saves again (tests set 0). */
    recheckAfterMs?: number;
  };
}): Promise<RankingPage> {
  const now = input.now ?? new Date();
  const filters = input.filters ?? {};
  const job = await ensureJobEmbedding(input.jobId);
  if (!job) throw new NotFound("Job not found.");
  const model = input.modelVersion ? await modelVersion(input.modelVersion) : await activeModel();
  const preparedJob = prepareStoredJob(job, now);
  const lookedAt = performance.now();
  const [corpus, pool] = await Promise.all([lexicalCorpus(preparedJob.query.keys()), poolStamp()]);
  const scoring: Scoring = { job, preparedJob, corpus, model };
  const stamp = `${job.updatedAt.getTime()}|${corpus.version}`;
  const cacheKey = `${job.id}|${model.version}|${poolFilterKey(filters)}|${JSON.stringify(input.budget ?? null)}`;
  const within = poolCondition(filters, {
    requiredSkills: [...job.requiredTechSkills, ...job.requiredSoftSkills],
    place: jobPlace(job),
  });
  const cached = cache.get(cacheKey);
  let current: CachedRanking;
  const recheckAfterMs = input.recheckAfterMs ?? LATE_COMMITS_MS;
  const fresh = (ranking: CachedRanking) => lookedAt - ranking.checkedAt < recheckAfterMs;
  if (cached && cached.stamp === stamp && cached.pool === pool.stamp && fresh(cached)) current = cached;
  else {
    const refreshedAs = cached?.stamp === stamp ? await refreshed(cached, pool, within, scoring) : null;
    current = {
      stamp,
      pool: pool.stamp,
      ranking: refreshedAs ?? (await computedRanking(within, pool, input.budget, scoring)),
      modelVersion: model.version,
      computedAt: refreshedAs ? cached!.computedAt : now,
      preparedJob: refreshedAs ? cached!.preparedJob : preparedJob,
      checkedAt: lookedAt,
    };
    cache.delete(cacheKey);
    cache.set(cacheKey, current);
    if (cache.size > MAX_CACHED_RANKINGS) cache.delete(cache.keys().next().value!);
  }
  const filtered = sortEntries(filterEntries(current.ranking.entries, filters), input.sort ?? "score_desc");
  const page = filtered.slice(input.offset, input.offset + input.limit);
  const ids = page.map((entry) => entry.candidateId);
  const [overrides, rows] = await Promise.all([
    latestOverrides(job.id, ids),
    readCandidatesById(ids, [job.description]),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    jobId: job.id,
    modelVersion: current.modelVersion,
    computedAt: current.computedAt,
    total: filtered.length,
    items: page.map((entry) => {
      const row = byId.get(entry.candidateId);
      const override = overrides.get(entry.candidateId) ?? null;
      if (!row) return { ...entry, override };
      // Explained with the job as its score was computed (a refreshed ranking's time, not this request's).
      const { features } = computeFeatures(candidateForJob(row, job), current.preparedJob, corpus);
      const { contributions } = applyModel(model, features);
      return { ...entry, override, reasons: topReasons(contributions, features, preparedJob.minimumYears) };
    }),
  };
}

/** What exact scores are computed with: the job as stored and prepared, the lexical frequencies, the model. */
interface Scoring {
  job: StoredJob;
  preparedJob: PreparedJob;
  corpus: LexicalCorpus;
  model: ScoringModel;
}

/** The ranking computed: the candidates retrieval finds within the filters, scored exactly. */
async function computedRanking(
  within: SqlWithParams | undefined,
  pool: { count: number; latest: string | null },
  budget: RetrievalBudget | undefined,
  scoring: Scoring,
): Promise<RefreshableRanking> {
  // The latest saves, looked at before the pool is read: scored as they are now, a refresh need not score
  // them again (one saved again meanwhile shows a later time, and is).
  const saves = (await savedSince(pool.latest, within, SAVES_LOOKED_AT)) ?? [];
  const ids = await retrieveCandidateIds({
    job: scoring.preparedJob,
    corpus: scoring.corpus,
    model: scoring.model,
    poolSize: pool.count,
    within,
    budget,
  });
  const entries = (await scoredEntries(ids, scoring)).sort(bestFirst);
  return { entries, watermark: pool.latest, accounted: accountedFor(saves), fallen: 0 };
}

/** The cached ranking with the candidates saved or removed since brought in; null when too many changed. */
async function refreshed(
  cached: CachedRanking,
  pool: { latest: string | null },
  within: SqlWithParams | undefined,
  scoring: Scoring,
): Promise<RefreshableRanking | null> {
  const { ranking } = cached;
  const saves = await savedSince(ranking.watermark, within, SAVES_LOOKED_AT);
  if (saves === null) return null;
  const { saved, kept } = newSaves(ranking, saves);
  if (saved.size > REFRESHED_UP_TO) return null;
  const [stored, rescored] = await Promise.all([
    stillStored(ranking.entries.map((entry) => entry.candidateId)),
    scoredEntries(kept, { ...scoring, preparedJob: cached.preparedJob }),
  ]);
  return refreshedRanking(ranking, { saves, saved, stored, rescored, watermark: pool.latest });
}

/**
 * The exact scores of these candidates, read a chunk at a time and each decoded only to be scored: only the
 * scores stay, and no decoded profile lives long enough to reach the old generation of the heap (where
 * garbage waits longest).
 */
async function scoredEntries(ids: readonly string[], { job, preparedJob, corpus, model }: Scoring) {
  const entries: RankingEntry[] = [];
  const readRows = (chunk: string[]) => readCandidateRowsById(chunk, [job.description]);
  const scoreRows = (rows: CandidateRow[]) => {
    for (const row of rows) {
      entries.push(scoreEntry(pooledCandidate(row), { stored: job, prepared: preparedJob }, corpus, model));
    }
  };
  await forEachChunk(ids, SCORED_CHUNK, readRows, scoreRows, SCORED_READS);
  return entries;
}

function sortEntries(entries: RankingEntry[], sort: RankingSort): RankingEntry[] {
  if (sort === "score_desc") return entries; // the cached order
  const sorted = [...entries];
  if (sort === "score_asc") return sorted.sort((a, b) => -bestFirst(a, b));
  return sorted.sort(byName);
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
