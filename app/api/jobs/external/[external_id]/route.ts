// PUT /api/jobs/external/{external_id} — create or replace a job by the ATS's own id
import * as api from "@/lib/contracts/jobs";
import { defineRoute } from "@/lib/http/route";
import { upsertJobByExternalId } from "@/lib/job-postings";

export const PUT = defineRoute(api.upsertJob, async ({ ctx, params, body }) => {
  const { job, created } = await upsertJobByExternalId({
    ctx,
    input: { ...api.toJobInput(body), externalId: params.external_id },
  });
  return Response.json(api.presentJobDetail(job), { status: created ? 201 : 200 });
});
