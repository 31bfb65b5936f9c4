import "server-only";
import type { RationaleInput, ResumeExtraction } from "@/lib/vocabulary/extraction";
import { db } from "@/lib/db";
import { embeddingProvider, embedOrNothing } from "@/lib/embeddings";
import { Invalid } from "@/lib/errors";
import { ensureJobEmbedding } from "@/lib/scoring";
import { completenessOf } from "@/lib/scoring";
import { computeFeatures } from "@/lib/scoring";
import { activeModel } from "@/lib/scoring";
import { applyModel, scoreOnly, type ScoringModel } from "@/lib/scoring";
import type { PreparedCandidate, PreparedJob } from "@/lib/scoring";
import { experienceRangeFromYears } from "@/lib/scoring";
import { lexicalCorpus, readableResume, resumeReading, type LexicalCorpus } from "@/lib/scoring";
import { canonicalSkills, embeddedResumeText } from "@/lib/skills";
import {
  isLocalTo,
  prepareStoredCandidate,
  prepareStoredJob,
  savedCandidateForPosting,
  storedCandidateSelect,
  type StoredJob,
} from "@/lib/scoring";

// The effect of an extraction on scores: the candidate is rebuilt from each version's extraction — the
// fields a résumé is read into, mapped as candidate records map them — and scored against one job with
// the active model. What does not come from the extraction (text-derived signals, the embedding, the
// contact details stored on the record) is the same for both versions, so score differences are the
// extraction's alone.

export interface ScoringContext {
  job: StoredJob;
  preparedJob: PreparedJob;
  corpus: LexicalCorpus;
  model: ScoringModel;
}

/** What a candidate keeps whatever the extraction says. */
export interface CandidateBase {
  email: boolean;
  phone: boolean;
  linkedin: boolean;
  location: string | null;
  prepared: Pick<PreparedCandidate, "statements" | "terms" | "occupations" | "embedding">;
}

export async function scoringContext(jobId: string): Promise<ScoringContext> {
  const job = await ensureJobEmbedding(jobId);
  if (!job) throw new Invalid(`Job ${jobId} does not exist.`, [{ path: "job_id", message: "unknown job" }]);
  const preparedJob = prepareStoredJob(job, new Date());
  return { job, preparedJob, corpus: await lexicalCorpus(preparedJob.query.keys()), model: await activeModel() };
}

export async function candidateBase(options: {
  candidateId: string | null;
  text: string;
  job: StoredJob;
}): Promise<CandidateBase> {
  const stored = options.candidateId
    ? await db.candidate.findUnique({
        where: { id: options.candidateId },
        select: { ...storedCandidateSelect, email: true, phone: true, linkedinUrl: true },
      })
    : null;
  if (stored) {
    const prepared = prepareStoredCandidate(stored, options.job);
    return {
      email: Boolean(stored.email),
      phone: Boolean(stored.phone),
      linkedin: Boolean(stored.linkedinUrl),
      location: stored.location,
      prepared,
    };
  }
  // An uploaded résumé: derive what a stored record would hold from its (screened) text, embedded as saving
  // embeds it (without its skill lists).
  const text = readableResume(options.text).text;
  const embedded = embeddedResumeText(text);
  const provider = embeddingProvider();
  const {
    vectors: [vector],
  } = embedded ? await embedOrNothing(provider, [embedded]) : { vectors: [null] };
  return {
    email: false,
    phone: false,
    linkedin: false,
    location: null,
    prepared: { ...resumeReading(text), embedding: vector ? { vector, model: provider.model } : null },
  };
}

export function candidateFromExtraction(
  base: CandidateBase,
  extraction: ResumeExtraction,
  job: StoredJob,
): PreparedCandidate {
  const technicalSkills = canonicalSkills(extraction.technical_skills);
  const softSkills = canonicalSkills(extraction.soft_skills);
  const tools = canonicalSkills(extraction.tools);
  const contact = {
    hasEmail: base.email || extraction.has_email,
    hasPhone: base.phone || extraction.has_phone,
    hasLinkedin: base.linkedin || extraction.has_linkedin,
    hasAddress: extraction.has_address,
  };
  return {
    ...base.prepared,
    technicalSkills,
    softSkills,
    tools,
    seniority: extraction.seniority,
    experienceRange:
      extraction.years_experience === null ? null : experienceRangeFromYears(extraction.years_experience),
    educationLevel: extraction.education_level,
    fieldOfStudy: extraction.field_of_study,
    hasDegree: extraction.has_degree,
    ...contact,
    completeness: completenessOf({
      ...contact,
      hasResume: true,
      hasSkills: technicalSkills.length + softSkills.length + tools.length > 0,
      educationKnown: extraction.education_level !== null,
    }),
    isLocal: isLocalTo(base.location, job),
  };
}

export function scoreExtraction(
  context: ScoringContext,
  base: CandidateBase,
  extraction: ResumeExtraction,
): { score: number; band: string } {
  const candidate = candidateFromExtraction(base, extraction, context.job);
  return scoreOnly(context.model, computeFeatures(candidate, context.preparedJob, context.corpus).features);
}

/** Rationale inputs for stored candidates scored against a job: what match-rationale explains. */
export async function rationaleFor({
  candidateIds,
  jobId,
}: {
  candidateIds: string[];
  jobId: string;
}): Promise<RationaleInput[]> {
  const context = await scoringContext(jobId);
  const rows = await db.candidate.findMany({
    where: { id: { in: candidateIds } },
    select: { ...storedCandidateSelect, resumeText: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return Promise.all(
    candidateIds.map(async (id) => {
      const row = byId.get(id);
      if (!row)
        throw new Invalid(`Candidate ${id} does not exist.`, [{ path: "dataset.ids", message: "unknown candidate" }]);
      // Scored as the job's ranking scores them (posting copies left out).
      const { candidate } = await savedCandidateForPosting(
        prepareStoredCandidate(row, context.job),
        row.resumeText,
        context.job.description,
      );
      const { features, matchedSkills, missingSkills } = computeFeatures(
        candidate,
        context.preparedJob,
        context.corpus,
      );
      const output = applyModel(context.model, features);
      const top = (sign: 1 | -1) =>
        output.contributions
          .filter((item) => sign * item.contribution > 0)
          .slice(0, 5)
          .map((item) => ({ signal: item.signal, contribution: Math.round(item.contribution * 1000) / 1000 }));
      return {
        score: output.score,
        band: output.band,
        matched_skills: matchedSkills.slice(0, 200),
        missing_skills: missingSkills.slice(0, 200),
        top_positive: top(1),
        top_negative: top(-1),
      };
    }),
  );
}
