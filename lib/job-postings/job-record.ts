import "server-only";
import type { Actor } from "@/lib/auth";
import type { SeniorityLevel } from "@/lib/vocabulary/levels";
import type { WorkArrangement } from "@/lib/vocabulary/score-payload";
import { embeddingProvider, embedOrNothing } from "@/lib/embeddings";
import { encodeVector } from "@/lib/embeddings";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readJobRequirements } from "@/lib/scoring";
import { jobEmbeddingText } from "@/lib/scoring";
import { canonicalSkills } from "@/lib/skills";

/** What a caller says about a job. Requirements left out are read from the description. */
export interface JobInput {
  externalId?: string;
  title: string;
  department: string;
  description?: string;
  location?: string | null;
  recruiterId?: string | null;
  /** The recruiter's name for the directory the drift page reads (not a column of the job). */
  recruiterName?: string | null;
  requiredTechSkills?: string[];
  requiredSoftSkills?: string[];
  /** Optional skills ("nice to have"): shown and stored, not scored. */
  niceToHaveSkills?: string[];
  targetSeniority?: SeniorityLevel | null;
  workArrangement?: WorkArrangement | null;
  openedAt?: Date;
}

export type JobColumns = Omit<Prisma.JobCreateManyInput, "id" | "createdAt" | "updatedAt">;

/** Stored columns of jobs: canonical requirements (derived when absent) and the job's embedding. */
export async function jobRecords({ ctx, inputs }: { ctx: Actor; inputs: JobInput[] }): Promise<JobColumns[]> {
  const provider = embeddingProvider();
  const drafts = [];
  for (const input of inputs) {
    const description = input.description ?? "";
    const givenTech = input.requiredTechSkills ?? [];
    const givenSoft = input.requiredSoftSkills ?? [];
    const fromDescription = givenTech.length + givenSoft.length === 0 && description.trim() !== "";
    const extracted =
      fromDescription ||
      input.targetSeniority === undefined ||
      (input.niceToHaveSkills === undefined && description.trim() !== "")
        ? await readJobRequirements({ ctx, input: { title: input.title, description } })
        : null;
    drafts.push({
      input,
      description,
      requiredTechSkills: canonicalSkills(fromDescription ? (extracted?.required_tech_skills ?? []) : givenTech),
      requiredSoftSkills: canonicalSkills(fromDescription ? (extracted?.required_soft_skills ?? []) : givenSoft),
      niceToHaveSkills: canonicalSkills(input.niceToHaveSkills ?? extracted?.nice_to_have_skills ?? []),
      targetSeniority:
        input.targetSeniority === undefined ? (extracted?.target_seniority ?? null) : input.targetSeniority,
    });
  }
  const { vectors } = await embedOrNothing(
    provider,
    drafts.map((draft) =>
      jobEmbeddingText({
        title: draft.input.title,
        department: draft.input.department,
        requiredSkills: [...draft.requiredTechSkills, ...draft.requiredSoftSkills],
        targetSeniority: draft.targetSeniority,
        description: draft.description,
      }),
    ),
  );
  return drafts.map((draft, index) => ({
    externalId: draft.input.externalId,
    title: draft.input.title,
    department: draft.input.department,
    description: draft.description,
    location: draft.input.location ?? null,
    recruiterId: draft.input.recruiterId ?? null,
    requiredTechSkills: draft.requiredTechSkills,
    requiredSoftSkills: draft.requiredSoftSkills,
    niceToHaveSkills: draft.niceToHaveSkills,
    targetSeniority: draft.targetSeniority,
    workArrangement: draft.input.workArrangement ?? null,
    openedAt: draft.input.openedAt,
    embedding: vectors[index] ? encodeVector(vectors[index]) : null,
    embeddingModel: vectors[index] ? provider.model : null,
  }));
}
