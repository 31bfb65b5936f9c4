import "server-only";
import type { Actor } from "@/lib/auth";
import { scoreRecordForJob } from "@/lib/scoring";
import type { ScoreResult } from "@/lib/vocabulary/score-response";
import { candidateRecords, type CandidateInput } from "./candidate-record";

/**
 * Scores a profile not saved yet against a stored job: the record is built exactly as saving it would
 * store it, so the score is the one the candidate keeps after saving (in rankings and later scores).
 */
export async function scoreProfile({
  ctx,
  input,
}: {
  ctx: Actor;
  input: { jobId: string; profile: CandidateInput };
}): Promise<ScoreResult> {
  const [record] = await candidateRecords({ ctx, inputs: [input.profile] });
  const columns = record!;
  return scoreRecordForJob({
    ctx,
    input: {
      jobId: input.jobId,
      candidateId: null,
      source: "ui",
      candidate: {
        id: "unsaved",
        fullName: columns.fullName,
        location: columns.location ?? null,
        resumeText: columns.resumeText ?? "",
        technicalSkills: list(columns.technicalSkills),
        softSkills: list(columns.softSkills),
        tools: list(columns.tools),
        mentionedSkills: list(columns.mentionedSkills),
        resumeWords: columns.resumeWords ?? null,
        resumeStems: list(columns.resumeStems),
        resumeStemCounts: list(columns.resumeStemCounts),
        resumeStemSegments: columns.resumeStemSegments ?? null,
        listedOnlySkills: list(columns.listedOnlySkills),
        skillListSegments: list(columns.skillListSegments),
        resumeLength: columns.resumeLength ?? 0,
        occupationCodes: list(columns.occupationCodes),
        occupationConfidence: list(columns.occupationConfidence),
        seniority: columns.seniority ?? null,
        yearsExperienceRange: columns.yearsExperienceRange ?? null,
        educationLevel: columns.educationLevel ?? null,
        fieldOfStudy: columns.fieldOfStudy ?? null,
        hasDegree: columns.hasDegree ?? null,
        hasEmail: columns.hasEmail ?? null,
        hasPhone: columns.hasPhone ?? null,
        hasLinkedin: columns.hasLinkedin ?? null,
        hasAddress: columns.hasAddress ?? null,
        completenessScore: columns.completenessScore ?? null,
        embedding: columns.embedding ?? null,
        embeddingModel: columns.embeddingModel ?? null,
      },
    },
  });
}

/** A list column of a record to create (always given as an array by candidateRecords). */
function list<T>(value: T[] | { set: T[] } | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : value.set;
}
