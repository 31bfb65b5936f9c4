// POST /api/jobs/{id}/score-profile — score a profile not saved yet, as it will score once saved
import { scoreProfile } from "@/lib/candidates";
import * as api from "@/lib/contracts/candidates";
import { defineRoute } from "@/lib/http/route";

export const POST = defineRoute(api.scoreProfile, async ({ ctx, params, body }) =>
  scoreProfile({
    ctx,
    input: { jobId: params.id, profile: api.toCandidateInput({ ...body, full_name: body.full_name ?? "" }) },
  }),
);
