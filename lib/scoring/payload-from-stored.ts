import type { ScorePayload } from "@/lib/vocabulary/score-payload";
import { decodeVector } from "@/lib/embeddings";
import { seniorityLevel } from "@/lib/vocabulary/levels";
import { WORK_ARRANGEMENTS } from "@/lib/vocabulary/score-payload";
import { z } from "zod";
import { prepareStoredCandidate, prepareStoredJob, type StoredCandidate, type StoredJob } from "./stored";

const workArrangement = z.enum(WORK_ARRANGEMENTS);

/**
 * The immutable payload for a stored candidate and job, as an ATS would send it. Built from the stored
 * columns only (and the stored vectors when they come from the current embedding model), so scoring it
 * gives exactly the score the job's ranking shows.
 */
export function payloadFromStored({
  requestId,
  candidate,
  resumeText,
  job,
  embeddingModel,
  now,
}: {
  requestId: string;
  candidate: StoredCandidate;
  resumeText: string;
  job: StoredJob;
  embeddingModel: string;
  now: Date;
}): ScorePayload {
  const prepared = prepareStoredCandidate(candidate, job);
  const preparedJob = prepareStoredJob(job, now);
  const defined = <T extends object>(value: T) =>
    Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null && item !== undefined)) as {
      [K in keyof T]: Exclude<T[K], null>;
    };
  const candidateVector =
    candidate.embedding && candidate.embeddingModel === embeddingModel ? decodeVector(candidate.embedding) : null;
  const jobVector = job.embedding && job.embeddingModel === embeddingModel ? decodeVector(job.embedding) : null;
  return {
    request_id: requestId,
    candidate: {
      profile: defined({
        resume_text: resumeText.trim() ? resumeText : null,
        years_experience_range: prepared.experienceRange,
        seniority_inferred: prepared.seniority,
        education_level: prepared.educationLevel,
        field_of_study: prepared.fieldOfStudy,
        has_degree: prepared.hasDegree,
      }),
      skills: {
        technical_skills: [...prepared.technicalSkills],
        soft_skills: [...prepared.softSkills],
        tools: [...prepared.tools],
      },
      quality_signals: defined({
        has_email: prepared.hasEmail,
        has_phone: prepared.hasPhone,
        has_linkedin: prepared.hasLinkedin,
        has_address: prepared.hasAddress,
        completeness_score: prepared.completeness,
        is_local_to_job: prepared.isLocal,
      }),
      ...(candidateVector ? { embeddings: { semantic_vector: candidateVector } } : {}),
    },
    job_context: {
      metadata: defined({
        job_title: job.title,
        department: job.department,
        recruiter_id: job.recruiterId,
        days_since_opening: preparedJob.daysSinceOpening,
        job_description: job.description.trim() ? job.description : null,
        work_arrangement: workArrangement.safeParse(job.workArrangement).data ?? null,
      }),
      requirements: defined({
        required_tech_skills: [...preparedJob.requiredTechSkills],
        required_soft_skills: [...preparedJob.requiredSoftSkills],
        target_seniority: seniorityLevel.safeParse(job.targetSeniority).data ?? null,
      }),
      ...(jobVector ? { embeddings: { description_vector: jobVector } } : {}),
    },
  };
}
