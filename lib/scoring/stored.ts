import { decodeVector } from "@/lib/embeddings";
import { placeKey } from "@/lib/extraction";
import type { Prisma } from "@/lib/generated/prisma/client";
import { wholeDaysSince } from "@/lib/util/dates";
import { decodeWordHashes, hasWordHash } from "@/lib/util/words";
import { educationLevel, experienceRange, seniorityLevel } from "@/lib/vocabulary/levels";
import { isRemoteJob, readJob } from "./job-reading";
import type { OccupationFit, PreparedCandidate, PreparedJob } from "./prepared";
import { decodeStemSegments } from "./stem-segments";

// Stored candidates and jobs, read into what the signals need without touching résumé text: the
// columns precomputed when a record is saved (lib/candidates/candidate-record.ts, resume-reading.ts),
// which hold exactly what reading the screened résumé gives, so both paths score alike.

export const storedCandidateSelect = {
  id: true,
  fullName: true,
  location: true,
  technicalSkills: true,
  softSkills: true,
  tools: true,
  mentionedSkills: true,
  listedOnlySkills: true,
  skillListSegments: true,
  resumeWords: true,
  resumeStems: true,
  resumeStemCounts: true,
  resumeStemSegments: true,
  resumeLength: true,
  occupationCodes: true,
  occupationConfidence: true,
  seniority: true,
  yearsExperienceRange: true,
  educationLevel: true,
  fieldOfStudy: true,
  hasDegree: true,
  hasEmail: true,
  hasPhone: true,
  hasLinkedin: true,
  hasAddress: true,
  completenessScore: true,
  embedding: true,
  embeddingModel: true,
} satisfies Prisma.CandidateSelect;

export type StoredCandidate = Prisma.CandidateGetPayload<{ select: typeof storedCandidateSelect }>;

export const storedJobSelect = {
  id: true,
  title: true,
  department: true,
  description: true,
  location: true,
  workArrangement: true,
  recruiterId: true,
  requiredTechSkills: true,
  requiredSoftSkills: true,
  targetSeniority: true,
  openedAt: true,
  embedding: true,
  embeddingModel: true,
  updatedAt: true,
} satisfies Prisma.JobSelect;

export type StoredJob = Prisma.JobGetPayload<{ select: typeof storedJobSelect }>;

// Per job object: a ranking asks for every candidate it scores, and isRemoteJob reads the whole description.
const jobPlaces = new WeakMap<object, string | null>();

/** The place a job is in, for comparing (placeKey); null when the job is remote or says no location. */
export function jobPlace(
  job: Pick<StoredJob, "location" | "workArrangement" | "title" | "description">,
): string | null {
  let place = jobPlaces.get(job);
  if (place === undefined) jobPlaces.set(job, (place = placeOf(job)));
  return place;
}

function placeOf(job: Pick<StoredJob, "location" | "workArrangement" | "title" | "description">): string | null {
  const remote = isRemoteJob({
    arrangement: job.workArrangement,
    location: job.location,
    title: job.title,
    description: job.description,
  });
  return remote || !job.location ? null : placeKey(job.location);
}

/** The place a candidate's location names, compared with jobPlace (stored as Candidate.locationKey). */
export function candidatePlace(location: string | null): string | null {
  return location ? placeKey(location) : null;
}

/** Whether a candidate is local to a job: same city; a remote job makes locality unknown (never a penalty). */
export function isLocalTo(
  candidateLocation: string | null,
  job: Pick<StoredJob, "location" | "workArrangement" | "title" | "description">,
): boolean | null {
  const place = jobPlace(job);
  const candidate = candidatePlace(candidateLocation);
  return place === null || candidate === null ? null : candidate === place;
}

/** Days a job has been open; 0 when its stored date cannot be read (the signal carries no weight). */
export function daysSince(date: Date, now: Date): number {
  return wholeDaysSince(date, now.getTime()) ?? 0;
}

/** The occupations a saved résumé names, from its codes and their confidences (stored side by side). */
export function occupationFits(codes: readonly string[], confidences: readonly number[]): OccupationFit[] {
  return codes.map((code, index) => ({ code, confidence: confidences[index] ?? 0 }));
}

/** What the résumé states and contains, from the columns kept when it was saved. */
function storedReading(row: StoredCandidate): Pick<PreparedCandidate, "statements" | "terms" | "occupations"> {
  if (!row.resumeWords) return { statements: null, terms: null, occupations: [] };
  const words = decodeWordHashes(row.resumeWords);
  const counts = new Map(row.resumeStems.map((stem, index) => [stem, row.resumeStemCounts[index] ?? 1]));
  // Decoded when a requirement phrase is first looked for: most rankings of a large pool never need it.
  let segments: Map<string, number[]> | undefined;
  const segmentsOf = (term: string) =>
    (segments ??= decodeStemSegments(row.resumeStems, row.resumeStemSegments ?? new Uint8Array())).get(term);
  const stated = new Set(row.mentionedSkills);
  const listedOnly = new Set(row.listedOnlySkills);
  const listSegments = new Set(row.skillListSegments);
  return {
    statements: {
      stated,
      evidenced: listedOnly.size === 0 ? stated : new Set(row.mentionedSkills.filter((id) => !listedOnly.has(id))),
      stems: new Set(row.resumeStems),
      segmentsOf,
      inSkillList: (segment) => listSegments.has(segment),
      hasWord: (word) => hasWordHash(words, word),
    },
    terms: { counts, length: row.resumeLength },
    occupations: occupationFits(row.occupationCodes, row.occupationConfidence),
  };
}

export function prepareStoredCandidate(row: StoredCandidate, job: Parameters<typeof isLocalTo>[1]): PreparedCandidate {
  return {
    technicalSkills: row.technicalSkills,
    softSkills: row.softSkills,
    tools: row.tools,
    ...storedReading(row),
    seniority: seniorityLevel.safeParse(row.seniority).data ?? null,
    experienceRange: experienceRange.safeParse(row.yearsExperienceRange).data ?? null,
    educationLevel: educationLevel.safeParse(row.educationLevel).data ?? null,
    fieldOfStudy: row.fieldOfStudy,
    hasDegree: row.hasDegree,
    hasEmail: row.hasEmail,
    hasPhone: row.hasPhone,
    hasLinkedin: row.hasLinkedin,
    hasAddress: row.hasAddress,
    completeness: row.completenessScore,
    isLocal: isLocalTo(row.location, job),
    embedding:
      row.embedding && row.embeddingModel ? { vector: decodeVector(row.embedding), model: row.embeddingModel } : null,
  };
}

export function prepareStoredJob(row: StoredJob, now: Date): PreparedJob {
  const targetSeniority = seniorityLevel.safeParse(row.targetSeniority).data ?? null;
  return {
    title: row.title,
    department: row.department,
    recruiterId: row.recruiterId,
    daysSinceOpening: daysSince(row.openedAt, now),
    requiredTechSkills: row.requiredTechSkills,
    requiredSoftSkills: row.requiredSoftSkills,
    ...readJob({
      title: row.title,
      description: row.description,
      requirements: [...row.requiredTechSkills, ...row.requiredSoftSkills],
      targetSeniority,
    }),
    embedding:
      row.embedding && row.embeddingModel ? { vector: decodeVector(row.embedding), model: row.embeddingModel } : null,
  };
}
