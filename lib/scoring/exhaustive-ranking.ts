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
  input: { jobIds: string[]; limit: number; now?: Date };
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
  for (let afterId = ""; ;) {
    const rows = await readCandidatesAfter(afterId, CHUNK);
    if (rows.length === 0) break;
    afterId = rows[rows.length - 1]!.id;
    for (const job of jobs) {
      const scored = scoreEntries(rows, job, job.corpus, model);
      job.best = [...job.best, ...scored].sort(bestFirst).slice(0, input.limit);
    }
  }
  return new Map(jobs.map((job) => [job.stored.id, job.best]));
}
