import { beforeAll, describe, expect, it } from "vitest";
import { createCandidate } from "@/lib/candidates";
import { db } from "@/lib/db";
import { growPool, storeSourceProfiles } from "@/lib/demo/synthetic-pool";
import { generateDemoJobs } from "@/lib/demo/generate";
import { jobRecords } from "@/lib/job-postings";
import { unique } from "@/test/helpers/unique";
import { exhaustiveRankings } from "./exhaustive-ranking";
import { rankCandidates } from "./rank-candidates";
import type { RetrievalBudget } from "./retrieve-candidates";

// Retrieval must lose none of the best: on a seeded pool several times larger than what retrieval may
// bring, a job's first 50 rows equal those of scoring every stored candidate exactly.

const system = { kind: "system", name: "test" } as const;
const now = new Date("2026-12-01T00:00:00Z");
const POOL = 1_500;
const budget: RetrievalBudget = { wholePoolUpTo: 100, lookedUp: 2_000, estimated: 600, candidates: 150 };
let jobIds: string[] = [];

beforeAll(async () => {
  const tag = unique("retrieval");
  await storeSourceProfiles({ tag, count: 120, now });
  await growPool({ tag, from: 0, to: POOL });
  const jobs = await jobRecords({ ctx: system, inputs: generateDemoJobs(now).slice(0, 6) });
  jobIds = await Promise.all(jobs.map(async (job) => (await db.job.create({ data: job, select: { id: true } })).id));
}, 300_000);

const top = (entries: { candidateId: string; score: number }[]) =>
  entries.map((entry) => `${entry.candidateId}:${entry.score}`);

describe("ranking by retrieval", () => {
  it("scores a few of the pool, and its first 50 rows equal exhaustive exact scoring", async () => {
    const poolSize = await db.candidate.count();
    const exhaustive = await exhaustiveRankings({ input: { jobIds, limit: 50, now } });
    for (const jobId of jobIds) {
      const page = await rankCandidates({ input: { jobId, limit: 50, offset: 0, now, budget } });
      expect(page.total).toBeLessThan(poolSize / 2);
      expect(top(page.items), jobId).toEqual(top(exhaustive.get(jobId)!));
    }
  });

  it("finds a candidate saved a moment ago, through the index the save kept current", async () => {
    const [jobId] = jobIds;
    const job = await db.job.findUniqueOrThrow({
      where: { id: jobId },
      select: { title: true, requiredTechSkills: true },
    });
    const saved = await createCandidate({
      ctx: system,
      input: {
        fullName: unique("Just saved"),
        resumeText: [
          `${job.title} for nine years.`,
          ...job.requiredTechSkills.map((skill) => `- Used ${skill} on client projects every week.`),
        ].join("\n"),
        technicalSkills: job.requiredTechSkills,
      },
    });
    const page = await rankCandidates({ input: { jobId: jobId!, limit: budget.candidates, offset: 0, now, budget } });
    expect(page.items.map((item) => item.candidateId)).toContain(saved.id);
  });
});
