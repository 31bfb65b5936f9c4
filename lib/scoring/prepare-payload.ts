import "server-only";
import type { Actor } from "@/lib/auth";
import { embeddingProvider, embedMissing } from "@/lib/embeddings";
import { Invalid } from "@/lib/errors";
import { canonicalSkills, embeddedResumeText } from "@/lib/skills";
import type { ScorePayload } from "@/lib/vocabulary/score-payload";
import { completenessOf } from "./completeness";
import { readScreenedResume as readThroughGateway, type Enrichment } from "./enrich";
import { jobEmbeddingText } from "./job-text";
import { readPayloadJob } from "./payload-job";
import type { PreparedCandidate, PreparedJob, ScoringWarning } from "./prepared";
import { postingCopies, postingCopyWarnings, withoutPostingCopies } from "./posting-copies";
import { readableResume, resumeReading } from "./resume-reading";
import type { VectorGap } from "./vector-gaps";
import { experienceRangeFromYears } from "./signals/seniority";

export interface PreparedPayload {
  candidate: PreparedCandidate;
  job: PreparedJob;
  /** Parts of the payload the server filled in (skills from the résumé, embeddings…). */
  derived: string[];
  enrichment: Omit<Enrichment, "value" | "warnings"> | null;
  embeddingModel: string;
  warnings: ScoringWarning[];
  /** Every traced call made to prepare it (enrichment and embeddings, failed attempts included). */
  generationIds: string[];
  /** Why a vector the comparison needs is missing, when one is. */
  vectorGaps: VectorGap[];
}

/** More listed skills than any real profile: said so, and (breadth never pays) worth nothing extra. */
const LONG_SKILL_LIST = 60;

/**
 * Turns the immutable payload into what the signals read. Whatever the caller left out is derived:
 * profile fields from the résumé (through the LLM gateway's enrichment), vectors from the embedding
 * provider. Supplied vectors must come from the configured embedding model (same dimension).
 */
export async function preparePayload({
  ctx,
  payload,
  deriveMissing = true,
  readResume = readThroughGateway,
  traceId,
  storedCandidateVectorModel,
}: {
  ctx: Actor;
  payload: ScorePayload;
  /** False for payloads built from stored records: use exactly what is stored, derive nothing more. */
  deriveMissing?: boolean;
  /** The scoring request this preparation serves (the id its inference will have), for tracing. */
  traceId?: string;
  /** For a payload built from a stored candidate: the model of its stored vector (null: it has none). */
  storedCandidateVectorModel?: string | null;
  /** How the screened résumé is read: the LLM gateway; pure tests pass the rule-based reader directly. */
  readResume?: typeof readThroughGateway;
}): Promise<PreparedPayload> {
  const { candidate, job_context: jobContext } = payload;
  const { profile } = candidate;
  const { metadata, requirements } = jobContext;
  const description = metadata.job_description ?? "";
  const { text: resume, warnings } = readableResume(profile.resume_text);
  // Lines copied from the posting are not read at all, by the gateway either (posting-copies.ts).
  const copies = postingCopies(resume, description);
  warnings.push(...postingCopyWarnings(copies));
  const ownText = copies ? copies.ownText : resume;
  const signals = candidate.quality_signals ?? {};
  const provider = embeddingProvider();
  const embeddingModel = comparisonModel(payload, provider);
  // Without the copied lines the résumé's vector is embedded again in the server's model, which a stored
  // record's vectors are in too (vectors of a caller's own model cannot be, and are compared as sent).
  const serverModel = embeddingModel === provider.model || storedCandidateVectorModel !== undefined;
  const reembed = copies !== null && serverModel;
  const needsEnrichment =
    deriveMissing &&
    ownText !== null &&
    (!candidate.skills ||
      profile.seniority_inferred === undefined ||
      profile.years_experience_range === undefined ||
      profile.education_level === undefined ||
      profile.has_degree === undefined ||
      [signals.has_email, signals.has_phone, signals.has_linkedin, signals.has_address].includes(undefined));
  const enrichment = needsEnrichment ? await readResume({ ctx, input: { text: ownText, traceId } }) : null;
  const extracted = enrichment?.value;
  const derived: string[] = [];
  const pick = <T>(given: T | undefined, fallback: T | null | undefined, part: string): T | null => {
    if (given !== undefined) return given;
    if (fallback !== undefined && fallback !== null) derived.push(part);
    return fallback ?? null;
  };
  const skills = candidate.skills ?? {
    technical_skills: extracted?.technical_skills ?? [],
    soft_skills: extracted?.soft_skills ?? [],
    tools: extracted?.tools ?? [],
  };
  if (!candidate.skills) derived.push("skills");
  const listedCount = skills.technical_skills.length + skills.soft_skills.length + skills.tools.length;
  if (listedCount > LONG_SKILL_LIST) {
    warnings.push({
      code: "long_skill_list",
      message: `${listedCount} skills were listed; listing more skills never raises a score.`,
    });
  }
  const years = extracted?.years_experience;
  const contact = {
    hasEmail: pick(signals.has_email, extracted?.has_email, "has_email"),
    hasPhone: pick(signals.has_phone, extracted?.has_phone, "has_phone"),
    hasLinkedin: pick(signals.has_linkedin, extracted?.has_linkedin, "has_linkedin"),
    hasAddress: pick(signals.has_address, extracted?.has_address, "has_address"),
  };
  const educationLevel = pick(profile.education_level, extracted?.education_level, "education_level");
  const jobReading = readPayloadJob(jobContext);
  // What the résumé's vector embeds is read only when that vector is not the one sent (~25 µs a score).
  const sentVector = reembed ? undefined : candidate.embeddings?.semantic_vector;
  const toEmbed = sentVector ? null : embeddedResumeText(ownText);
  const candidateEntry = sentVector ?? (reembed || deriveMissing ? toEmbed : null);
  const embedded = await embedMissing(
    provider,
    [
      candidateEntry,
      jobContext.embeddings?.description_vector ??
        jobEmbeddingText({
          title: metadata.job_title,
          department: metadata.department,
          requiredSkills: [...requirements.required_tech_skills, ...requirements.required_soft_skills],
          targetSeniority: requirements.target_seniority ?? null,
          description: description || undefined,
        }),
    ],
    { traceId },
  );
  const [candidateVector, jobVector] = embedded.vectors;
  const vectorGaps: VectorGap[] = [];
  if (embedded.failure) vectorGaps.push({ reason: "embedding_failed", failure: embedded.failure });
  else if (!candidateEntry) vectorGaps.push(storedVectorGap(toEmbed, storedCandidateVectorModel));
  if ((reembed || !candidate.embeddings) && candidateVector) derived.push("candidate_embedding");
  if (!jobContext.embeddings) derived.push("job_embedding");
  const technicalSkills = canonicalSkills(skills.technical_skills);
  const softSkills = canonicalSkills(skills.soft_skills);
  const tools = canonicalSkills(skills.tools);
  const completeness =
    signals.completeness_score ??
    completenessOf({
      ...contact,
      hasResume: resume !== null,
      hasSkills: technicalSkills.length + softSkills.length + tools.length > 0,
      educationKnown: educationLevel !== null,
    });
  if (signals.completeness_score === undefined) derived.push("completeness");
  const prepared: PreparedCandidate = {
    technicalSkills,
    softSkills,
    tools,
    ...resumeReading(resume),
    seniority: pick(profile.seniority_inferred, extracted?.seniority, "seniority"),
    experienceRange: pick(
      profile.years_experience_range,
      years == null ? null : experienceRangeFromYears(years),
      "years_experience_range",
    ),
    educationLevel,
    fieldOfStudy: pick(profile.field_of_study, extracted?.field_of_study, "field_of_study"),
    hasDegree: pick(profile.has_degree, extracted?.has_degree, "has_degree"),
    ...contact,
    completeness,
    // A remote job is local to everyone: locality is then unknown, never a penalty.
    isLocal: jobReading.remote ? null : (signals.is_local_to_job ?? null),
    embedding: candidateVector ? { vector: candidateVector, model: embeddingModel } : null,
  };
  return {
    candidate: copies ? withoutPostingCopies(prepared, copies, prepared.embedding) : prepared,
    job: {
      title: metadata.job_title,
      department: metadata.department,
      recruiterId: metadata.recruiter_id ?? null,
      daysSinceOpening: metadata.days_since_opening ?? null,
      requiredTechSkills: jobReading.requiredTechSkills,
      requiredSoftSkills: jobReading.requiredSoftSkills,
      occupations: jobReading.occupations,
      jobZone: jobReading.jobZone,
      occupationSkills: jobReading.occupationSkills,
      targetSeniority: jobReading.targetSeniority,
      minimumYears: jobReading.minimumYears,
      query: jobReading.query,
      embedding: jobVector ? { vector: jobVector, model: embeddingModel } : null,
    },
    derived,
    enrichment: enrichment
      ? { provider: enrichment.provider, prompt: enrichment.prompt, generationIds: enrichment.generationIds }
      : null,
    embeddingModel,
    warnings,
    generationIds: [...(enrichment?.generationIds ?? []), ...embedded.generationIds],
    vectorGaps,
  };
}

/**
 * Which model the payload's vectors are compared in. When the caller supplies both vectors they come from
 * the caller's own model and are compared with each other (they must agree in dimension). A single
 * supplied vector is compared with one the server computes, so it must come from the configured model.
 */
function comparisonModel(payload: ScorePayload, provider: { model: string; dimensions: number }): string {
  const candidateVector = payload.candidate.embeddings?.semantic_vector;
  const jobVector = payload.job_context.embeddings?.description_vector;
  if (candidateVector && jobVector) {
    if (candidateVector.length !== jobVector.length) {
      throw new Invalid("Both vectors must come from the same embedding model.", [
        {
          path: "job_context.embeddings.description_vector",
          message: `has ${jobVector.length} dimensions but candidate.embeddings.semantic_vector has ${candidateVector.length}`,
          code: "dimension_mismatch",
        },
      ]);
    }
    return `client-supplied:${candidateVector.length}d`;
  }
  const [path, vector] = candidateVector
    ? ["candidate.embeddings.semantic_vector", candidateVector]
    : ["job_context.embeddings.description_vector", jobVector];
  if (vector && vector.length !== provider.dimensions) {
    throw new Invalid(`Vectors must have ${provider.dimensions} dimensions (embedding model ${provider.model}).`, [
      {
        path,
        message: `has ${vector.length} dimensions; the embedding model ${provider.model} uses ${provider.dimensions}`,
        code: "dimension_mismatch",
      },
    ]);
  }
  return provider.model;
}

/** Why a candidate has no vector to compare: nothing to embed, or (stored candidates) none from this model. */
function storedVectorGap(toEmbed: string | null, storedModel: string | null | undefined): VectorGap {
  if (storedModel === undefined || !toEmbed) return { reason: "no_text" };
  return storedModel === null
    ? { reason: "no_candidate_vector" }
    : { reason: "stale_candidate_vector", model: storedModel };
}
