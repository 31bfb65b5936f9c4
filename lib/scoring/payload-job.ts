import { canonicalSkills } from "@/lib/skills";
import { boundedMemo } from "@/lib/util/bounded-memo";
import type { ScorePayload } from "@/lib/vocabulary/score-payload";
import { isRemoteJob, readJob } from "./job-reading";
import type { PreparedJob } from "./prepared";

// An ATS scores many candidates against one job: what scoring reads of the job's text (occupations,
// level, lexical query, canonical requirements) is read once per job and kept, bounded. Readings are
// immutable (readonly in PreparedJob), so every payload of the job shares one.

const JOB_CACHE_LIMIT = 1_000;

type PayloadJobReading = Pick<
  PreparedJob,
  | "requiredTechSkills"
  | "requiredSoftSkills"
  | "occupations"
  | "jobZone"
  | "occupationSkills"
  | "targetSeniority"
  | "minimumYears"
  | "query"
> & {
  /** Remote: locality is then unknown, never a penalty. */
  remote: boolean;
};

/** What the payload's job says beyond its metadata, read once per distinct job. */
export const readPayloadJob: (jobContext: ScorePayload["job_context"]) => PayloadJobReading = boundedMemo(
  JOB_CACHE_LIMIT,
  readText,
  ({ metadata, requirements }) =>
    JSON.stringify([
      metadata.job_title,
      metadata.job_description ?? "",
      metadata.work_arrangement ?? null,
      requirements.required_tech_skills,
      requirements.required_soft_skills,
      requirements.target_seniority ?? null,
    ]),
);

function readText({ metadata, requirements }: ScorePayload["job_context"]): PayloadJobReading {
  const description = metadata.job_description ?? "";
  const requiredTechSkills = canonicalSkills(requirements.required_tech_skills);
  const requiredSoftSkills = canonicalSkills(requirements.required_soft_skills);
  return {
    requiredTechSkills,
    requiredSoftSkills,
    ...readJob({
      title: metadata.job_title,
      description,
      requirements: [...requiredTechSkills, ...requiredSoftSkills],
      targetSeniority: requirements.target_seniority ?? null,
    }),
    remote: isRemoteJob({ arrangement: metadata.work_arrangement, title: metadata.job_title, description }),
  };
}
