import "server-only";
import { NotFound } from "@/lib/errors";
import { readCandidatesAfter } from "./candidate-rows";
import { ensureJobEmbedding } from "./job-embedding";
import { lexicalCorpus } from "./lexical-corpus";
import { activeModel } from "./model/model-store";
import { bestFirst, type RankingEntry, scoreEntries } from "./rank-entries";
import { prepareStoredJob } from "./stored";

// The reference rankings are checked against: every stored candidate scored exactly for each job, in one
// pass over the pool a chunk at a time, so that only each job's best `limit` stay in memory. Far too slow
// for a page view at scale; the retrieval test and bench:rank use it to show retrieval loses none of the best.

const CHUNK = 2_000;

export async function exhaustiveRankings({
  input,
}: {
  input: {
    jobIds: string[];
    limit: number;
    now?: Date;
    /** Only the candidates whose ids follow `after`, up to `upTo`: one share of the pool (see mergeRankings). */
    share?: { after: string; upTo: string | null };
  };
}): Promise<Map<string, RankingEntry[]>> {
  const model = await activeModel();
  const jobs = await Promise.all(
    input.jobIds.map(async (jobId) => {
      const stored = await ensureJobEmbedding(jobId);
      if (!stored) throw new NotFound("Job not found.");
      const prepared = prepareStoredJob(stored, input.now ?? new Date());
      return { stored, prepared, corpus: await lexicalCorpus(prepared.query.keys()), best: [] as RankingEntry[] };
    }),
  );
  const postings = jobs.map((job) => job.stored.description);
  for (let afterId = input.share?.after ?? ""; ;) {
    const rows = await readCandidatesAfter(afterId, CHUNK, input.share?.upTo ?? null, postings);
    if (rows.length === 0) break;
    afterId = rows[rows.length - 1]!.id;
    for (const job of jobs) {
      const scored = scoreEntries(rows, job, job.corpus, model);
      job.best = [...job.best, ...scored].sort(bestFirst).slice(0, input.limit);
    }
  }
  return new Map(jobs.map((job) => [job.stored.id, job.best]));
}

/** The best `limit` of each job over rankings of disjoint shares of the pool: the ranking of the whole. */
export function mergeRankings(
  shares: readonly Map<string, RankingEntry[]>[],
  limit: number,
): Map<string, RankingEntry[]> {
  const merged = new Map<string, RankingEntry[]>();
  for (const share of shares) {
    for (const [jobId, entries] of share) merged.set(jobId, [...(merged.get(jobId) ?? []), ...entries]);
  }
  for (const [jobId, entries] of merged) merged.set(jobId, entries.sort(bestFirst).slice(0, limit));
  return merged;
}
