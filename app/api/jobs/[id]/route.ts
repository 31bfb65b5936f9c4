// GET /api/jobs/{id} — one job; PUT — replace its details
import * as api from "@/lib/contracts/jobs";
import { defineRoute } from "@/lib/http/route";
import { getJob, updateJob } from "@/lib/job-postings";

export const GET = defineRoute(api.getJob, async ({ params }) => api.presentJobDetail(await getJob({ input: params })));

export const PUT = defineRoute(api.updateJob, async ({ ctx, params, body }) =>
  api.presentJobDetail(await updateJob({ ctx, input: { ...api.toJobInput(body), id: params.id } })),
);
