import { candidateRecords } from "@/lib/candidates";
import { db } from "@/lib/db";
import { generateDemoCandidates, generateDemoJobs } from "@/lib/demo/generate";
import { jobRecords } from "@/lib/job-postings/job-record";

const DISTINCT_PROFILES = 500;
const INSERT_CHUNK = 1_000;

/**
 * Stores `count` candidates and two jobs, returning the jobs' ids. Profiles are derived once for 500 distinct
 * demo résumés and repeated under new names: ranking cost depends on the number of rows, not on variety.
 */
export async function seedRankingPool(count: number): Promise<[string, string]> {
  const ctx = { kind: "system", name: "bench" } as const;
  const now = new Date();
  const jobs = await jobRecords({ ctx, inputs: generateDemoJobs(now).slice(0, 2) });
  const ids = await Promise.all(jobs.map(async (job) => (await db.job.create({ data: job, select: { id: true } })).id));
  const profiles = await candidateRecords({ ctx, inputs: generateDemoCandidates(now, DISTINCT_PROFILES) });
  for (let start = 0; start < count; start += INSERT_CHUNK) {
    const rows = Array.from({ length: Math.min(INSERT_CHUNK, count - start) }, (_, offset) => {
      const index = start + offset;
      const profile = profiles[index % profiles.length]!;
      return { ...profile, externalId: `bench-${index}`, fullName: `${profile.fullName} ${index}` };
    });
    await db.candidate.createMany({ data: rows });
  }
  return [ids[0]!, ids[1]!];
}
