import type { Prisma } from "@/lib/generated/prisma/client";
import { jobSummarySelect } from "./list-jobs";

export const jobDetailSelect = {
  ...jobSummarySelect,
  description: true,
  recruiterId: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.JobSelect;

export type JobDetail = Prisma.JobGetPayload<{ select: typeof jobDetailSelect }>;
