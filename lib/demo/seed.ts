import "server-only";
import { candidateRecords } from "@/lib/candidates";
import { db } from "@/lib/db";
import { jobRecords } from "@/lib/job-postings";
import { refreshLexicalCorpus, storedCandidateSelect, storedJobSelect } from "@/lib/scoring";
import { createUser } from "@/lib/users";
import { generateDemoCandidates, generateDemoJobs } from "./generate";
import { seedDemoHistory } from "./history";
import { DEMO_RECRUITERS } from "./recruiters";
import { demoTruth } from "./truth";

export const DEMO_ADMIN_EMAIL = "admin@shortlist.local";
export const DEMO_RECRUITER_EMAIL = "recruiter@shortlist.local";

export interface DemoSeedSummary {
  seeded: boolean;
  users: number;
  jobs: number;
  candidates: number;
  inferences: number;
  outcomes: number;
  driftReports: number;
}

/**
 * Fills an empty database with demo accounts, jobs and candidates. A database that has any user is
 * left untouched: demo users must never appear in a real installation.
 */
export async function seedDemoData({
  password,
  now = new Date(),
}: {
  password: string;
  now?: Date;
}): Promise<DemoSeedSummary> {
  if ((await db.user.count()) > 0)
    return { seeded: false, users: 0, jobs: 0, candidates: 0, inferences: 0, outcomes: 0, driftReports: 0 };
  await createUser({ input: { email: DEMO_ADMIN_EMAIL, name: "Ada Admin", role: "ADMIN", password } });
  await createUser({ input: { email: DEMO_RECRUITER_EMAIL, name: "Riley Recruiter", role: "RECRUITER", password } });
  await db.recruiter.createMany({ data: [...DEMO_RECRUITERS], skipDuplicates: true });
  const system = { kind: "system", name: "demo-seed" } as const;
  const demoJobs = generateDemoJobs(now);
  const demoCandidates = generateDemoCandidates(now);
  // The same derivation as records created through the API: requirements, skills, vectors.
  const jobs = await jobRecords({ ctx: system, inputs: demoJobs });
  const candidates = await candidateRecords({ ctx: system, inputs: demoCandidates });
  await db.$transaction([db.job.createMany({ data: jobs }), db.candidate.createMany({ data: candidates })]);
  // The pool's word statistics, so the history is scored as later requests will be.
  await refreshLexicalCorpus();
  const storedJobs = await db.job.findMany({
    select: { ...storedJobSelect, externalId: true },
    orderBy: { externalId: "asc" },
  });
  const storedCandidates = await db.candidate.findMany({
    select: { ...storedCandidateSelect, resumeText: true, externalId: true },
    orderBy: { externalId: "asc" },
  });
  // Weeks of scoring history with one drift episode and simulated hiring outcomes.
  const history = await seedDemoHistory({
    now,
    jobs: storedJobs,
    candidates: storedCandidates,
    truth: demoTruth({ jobs: demoJobs, candidates: demoCandidates, storedJobs, storedCandidates }),
  });
  return {
    seeded: true,
    users: 2,
    jobs: jobs.length,
    candidates: candidates.length,
    inferences: history.inferences,
    outcomes: history.outcomes,
    driftReports: history.reports,
  };
}
