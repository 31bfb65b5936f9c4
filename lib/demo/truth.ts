import { SENIORITY_LEVELS, type SeniorityLevel } from "@/lib/vocabulary/levels";
import { SeededRandom } from "@/lib/util/random";
import { ROLE_FAMILIES } from "./catalog";
import type { DemoCandidate, DemoJob } from "./generate";

// The demo's hidden "true fit" of a candidate for a job, from the generator's ground truth — never from
// the scorer's signals, so fitting the scorer's weights to outcomes drawn from it is a real test:
//   logit = −1.2 + 2.2·family + 2.6·skills − 0.9·below − 0.35·above + 0.3·local + bar
// family: 1 for the job's own role family, 0.4 for another family of its department, else 0; skills: the
// share of the job's required skills the candidate holds (not those only listed); below / above: seniority levels
// short of / beyond the target; local: same city or a remote job; bar: how picky the hiring team is, drawn
// once per job from U(−0.5, 0.5). What a résumé says is only the scorer's view of these facts.

export interface JobTruth {
  family: string;
  targetSeniority: SeniorityLevel;
  requiredSkills: readonly string[];
  location: string;
  bar: number;
}

export interface CandidateTruth {
  family: string;
  seniority: SeniorityLevel;
  skills: readonly string[];
  location: string;
}

/** Ground truth by stored id. */
export interface DemoTruth {
  jobs: ReadonlyMap<string, JobTruth>;
  candidates: ReadonlyMap<string, CandidateTruth>;
}

const departmentOf = (family: string) => ROLE_FAMILIES.find((entry) => entry.key === family)?.department;

export function latentFit(candidate: CandidateTruth, job: JobTruth): number {
  const family =
    candidate.family === job.family ? 1 : departmentOf(candidate.family) === departmentOf(job.family) ? 0.4 : 0;
  const held = new Set(candidate.skills);
  const skills = job.requiredSkills.filter((skill) => held.has(skill)).length / Math.max(1, job.requiredSkills.length);
  const gap = SENIORITY_LEVELS.indexOf(candidate.seniority) - SENIORITY_LEVELS.indexOf(job.targetSeniority);
  const local = job.location === "Remote" || candidate.location === job.location ? 1 : 0;
  return -1.2 + 2.2 * family + 2.6 * skills - 0.9 * Math.max(0, -gap) - 0.35 * Math.max(0, gap) + 0.3 * local + job.bar;
}

/** The generator's truth keyed by the stored ids of the records made from it (matched on external id). */
export function demoTruth({
  jobs,
  candidates,
  storedJobs,
  storedCandidates,
}: {
  jobs: readonly DemoJob[];
  candidates: readonly DemoCandidate[];
  storedJobs: readonly { id: string; externalId: string | null }[];
  storedCandidates: readonly { id: string; externalId: string | null }[];
}): DemoTruth {
  const random = new SeededRandom(20260105);
  const jobTruth = new Map(
    jobs.map((job) => [
      job.externalId,
      {
        family: job.family,
        targetSeniority: job.targetSeniority,
        requiredSkills: job.requiredTechSkills,
        location: job.location,
        bar: random.next() - 0.5,
      },
    ]),
  );
  const candidateTruth = new Map(
    candidates.map((candidate) => [
      candidate.externalId,
      {
        family: candidate.family,
        seniority: candidate.seniority,
        skills: candidate.heldSkills,
        location: candidate.location,
      },
    ]),
  );
  const byStoredId = <T>(stored: readonly { id: string; externalId: string | null }[], truth: Map<string, T>) =>
    new Map(
      stored.flatMap((row) =>
        row.externalId && truth.has(row.externalId) ? [[row.id, truth.get(row.externalId)!]] : [],
      ),
    );
  return { jobs: byStoredId(storedJobs, jobTruth), candidates: byStoredId(storedCandidates, candidateTruth) };
}
