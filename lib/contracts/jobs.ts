import { z } from "zod";
import { defineContract } from "@/lib/http/contract";
import type { JobSummary } from "@/lib/jobs";
import { isoDateTime, pageOf, pageQuery } from "./common";

export const jobJson = z.object({
  id: z.string(),
  external_id: z.string().nullable(),
  title: z.string(),
  department: z.string(),
  location: z.string().nullable(),
  required_tech_skills: z.array(z.string()),
  required_soft_skills: z.array(z.string()),
  target_seniority: z.string().nullable(),
  opened_at: isoDateTime,
  closed_at: isoDateTime.nullable(),
});

export const listJobsQuery = pageQuery.extend({
  search: z.string().trim().max(200).optional(),
  department: z.string().trim().max(100).optional(),
});

export const listJobs = defineContract({
  method: "GET",
  path: "/api/jobs",
  summary: "List jobs, newest first, with search and paging",
  tags: ["jobs"],
  auth: { session: "any", apiKey: "sync" },
  query: listJobsQuery,
  response: pageOf(jobJson),
});

export function presentJob(job: JobSummary): z.infer<typeof jobJson> {
  return {
    id: job.id,
    external_id: job.externalId,
    title: job.title,
    department: job.department,
    location: job.location,
    required_tech_skills: job.requiredTechSkills,
    required_soft_skills: job.requiredSoftSkills,
    target_seniority: job.targetSeniority,
    opened_at: job.openedAt.toISOString(),
    closed_at: job.closedAt?.toISOString() ?? null,
  };
}
