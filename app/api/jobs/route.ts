// GET /api/jobs — list jobs with search and paging; POST — create a job
import * as api from "@/lib/contracts/jobs";
import { defineRoute } from "@/lib/http/route";
import { createJob, listJobs } from "@/lib/job-postings";

export const GET = defineRoute(api.listJobs, async ({ query }) => {
  const page = await listJobs({ input: query });
  return { items: page.items.map(api.presentJob), total: page.total, limit: query.limit, offset: query.offset };
});

export const POST = defineRoute(api.createJob, async ({ ctx, body }) =>
  api.presentJobDetail(await createJob({ ctx, input: api.toJobInput(body) })),
);
