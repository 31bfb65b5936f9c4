import "server-only";
import type { Actor } from "@/lib/auth";
import type { EducationLevel, ExperienceRange, SeniorityLevel } from "@/lib/vocabulary/levels";
import { embeddingProvider, embedOrNothing } from "@/lib/embeddings";
import { encodeVector } from "@/lib/embeddings";
import type { Prisma } from "@/lib/generated/prisma/client";
import { withTracesInOneWrite } from "@/lib/llm";
import {
  candidatePlace,
  completenessOf,
  experienceRangeFromYears,
  readResumesInFull,
  readScreenedResume,
} from "@/lib/scoring";
import { canonicalSkills, embeddedResumeText } from "@/lib/skills";
import { threadYielder } from "@/lib/util/yield-thread";

/** What a caller says about a candidate. Anything left out is read from the résumé. */
export interface CandidateInput {
  externalId?: string;
  fullName: string;
  email?: string | null;
  phone?: string | null;
  linkedinUrl?: string | null;
  location?: string | null;
  resumeText?: string;
  yearsExperienceRange?: ExperienceRange | null;
  seniority?: SeniorityLevel | null;
  educationLevel?: EducationLevel | null;
  fieldOfStudy?: string | null;
  hasDegree?: boolean | null;
  technicalSkills?: string[];
  softSkills?: string[];
  tools?: string[];
}

export type CandidateColumns = Omit<Prisma.CandidateCreateManyInput, "id" | "createdAt" | "updatedAt">;

/**
 * The stored columns of candidates: the caller's data, the fields derived from the résumé, and what the
 * scorer precomputes (canonical skills, mentioned skills, word hashes, embedding) so that ranking thousands
 * of candidates never re-reads a résumé. Embeddings are computed in one batch, and the reading's traced
 * calls (a built-in reading is one per résumé) are stored in one write.
 */
export function candidateRecords({
  ctx,
  inputs,
}: {
  ctx: Actor;
  inputs: CandidateInput[];
}): Promise<CandidateColumns[]> {
  return withTracesInOneWrite(() => readCandidates(ctx, inputs));
}

async function readCandidates(ctx: Actor, inputs: CandidateInput[]): Promise<CandidateColumns[]> {
  const provider = embeddingProvider();
  const yieldThread = threadYielder();
  // Every reader sees the screened résumé; the text as written is what is stored. A batch is read on
  // worker threads; what the rules read there is the gateway's builtin answer.
  const readings = await readResumesInFull(inputs.map((input) => input.resumeText));
  const embedded = readings.map((reading) => embeddedResumeText(reading.text));
  const withText = embedded.filter((text) => text !== null);
  const vectors = withText.length > 0 ? (await embedOrNothing(provider, withText)).vectors : [];
  let nextVector = 0;
  const records: CandidateColumns[] = [];
  for (const [index, input] of inputs.entries()) {
    await yieldThread();
    const { text: resume, columns, rules } = readings[index]!;
    const extracted = resume
      ? (await readScreenedResume({ ctx, input: { text: resume, rules: rules ?? undefined } })).value
      : null;
    const pick = <T>(given: T | null | undefined, derived: T | null | undefined): T | null => given ?? derived ?? null;
    const technicalSkills = canonicalSkills(input.technicalSkills ?? extracted?.technical_skills ?? []);
    const softSkills = canonicalSkills(input.softSkills ?? extracted?.soft_skills ?? []);
    const tools = canonicalSkills(input.tools ?? extracted?.tools ?? []);
    const contact = {
      hasEmail: input.email ? true : pick(null, extracted?.has_email),
      hasPhone: input.phone ? true : pick(null, extracted?.has_phone),
      hasLinkedin: input.linkedinUrl ? true : pick(null, extracted?.has_linkedin),
      hasAddress: pick(null, extracted?.has_address),
    };
    const educationLevel = pick(input.educationLevel, extracted?.education_level);
    const years = extracted?.years_experience;
    const vector = embedded[index] !== null ? vectors[nextVector++] : undefined;
    const location = input.location ?? extracted?.location ?? null;
    records.push({
      externalId: input.externalId,
      fullName: input.fullName,
      email: input.email ?? null,
      phone: input.phone ?? null,
      linkedinUrl: input.linkedinUrl ?? null,
      location,
      locationKey: candidatePlace(location),
      resumeText: input.resumeText?.trim() ? input.resumeText : "",
      yearsExperienceRange: pick(input.yearsExperienceRange, years == null ? null : experienceRangeFromYears(years)),
      seniority: pick(input.seniority, extracted?.seniority),
      educationLevel,
      fieldOfStudy: pick(input.fieldOfStudy, extracted?.field_of_study),
      hasDegree: pick(input.hasDegree, extracted?.has_degree),
      technicalSkills,
      softSkills,
      tools,
      ...contact,
      completenessScore: completenessOf({
        ...contact,
        hasResume: resume !== null,
        hasSkills: technicalSkills.length + softSkills.length + tools.length > 0,
        educationKnown: educationLevel !== null,
      }),
      ...columns,
      embedding: vector ? encodeVector(vector) : null,
      embeddingModel: vector ? provider.model : null,
    });
  }
  return records;
}
