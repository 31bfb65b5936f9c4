import { extractJobRequirements } from "@/lib/extraction";
import { type LexicalCorpus, type OfflineScore, scoreOffline } from "@/lib/scoring";
import { canonicalSkills, skillInfo } from "@/lib/skills";
import type { JobContextPayload } from "@/lib/vocabulary/score-payload";
import type { Query } from "./collection";

// The scorer's side of the evaluation: each query becomes the job context the app builds for a job created
// from its posting (requirements read by the built-in job reader unless stated, the posting as
// job_description), each résumé a candidate with only its text, scored with the built-in readers.

/** Department of a posting that names none: one the scorer has no field-of-study rule for (no effect). */
const DEFAULT_DEPARTMENT = "General";

export function jobContextOf(query: Query): JobContextPayload {
  const hasText = query.description.trim() !== "";
  const read =
    query.requiredSkills === undefined || query.targetSeniority === undefined
      ? extractJobRequirements({ title: query.title, description: query.description })
      : null;
  // As job-postings/job-record.ts: stated skills win; a posting without text states none.
  const skills = query.requiredSkills
    ? canonicalSkills(query.requiredSkills)
    : hasText
      ? [...read!.required_tech_skills, ...read!.required_soft_skills]
      : [];
  const targetSeniority = query.targetSeniority ?? read?.target_seniority ?? undefined;
  return {
    metadata: {
      job_title: query.title,
      department: query.department ?? DEFAULT_DEPARTMENT,
      ...(hasText && { job_description: query.description }),
    },
    requirements: {
      required_tech_skills: skills.filter((id) => skillInfo(id)?.kind !== "soft"),
      required_soft_skills: skills.filter((id) => skillInfo(id)?.kind === "soft"),
      ...(targetSeniority && { target_seniority: targetSeniority }),
    },
  };
}

export function scoreResume({
  job,
  documentId,
  resume,
  corpus,
  now,
}: {
  job: JobContextPayload;
  documentId: string;
  resume: string;
  corpus: LexicalCorpus;
  now?: Date;
}): Promise<OfflineScore> {
  return scoreOffline({
    payload: {
      request_id: `eval-${documentId}`.replace(/[^A-Za-z0-9._:-]/g, "_").slice(0, 128),
      candidate: { profile: { resume_text: resume } },
      job_context: job,
    },
    corpus,
    now,
  });
}
