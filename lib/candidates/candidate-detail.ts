import type { Prisma } from "@/lib/generated/prisma/client";
import { candidateSummarySelect } from "./list-candidates";

export const candidateDetailSelect = {
  ...candidateSummarySelect,
  email: true,
  phone: true,
  linkedinUrl: true,
  resumeText: true,
  educationLevel: true,
  fieldOfStudy: true,
  hasDegree: true,
  softSkills: true,
  tools: true,
  hasEmail: true,
  hasPhone: true,
  hasLinkedin: true,
  hasAddress: true,
  completenessScore: true,
  embeddingModel: true,
  updatedAt: true,
} satisfies Prisma.CandidateSelect;

export type CandidateDetail = Prisma.CandidateGetPayload<{ select: typeof candidateDetailSelect }>;
