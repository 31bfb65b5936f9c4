// PUT /api/candidates/external/{external_id} — create or replace a candidate by the ATS's own id
import { upsertCandidateByExternalId } from "@/lib/candidates";
import * as api from "@/lib/contracts/candidates";
import { defineRoute } from "@/lib/http/route";

export const PUT = defineRoute(api.upsertCandidate, async ({ ctx, params, body }) => {
  const { candidate, created } = await upsertCandidateByExternalId({
    ctx,
    input: { ...api.toCandidateInput(body), externalId: params.external_id },
  });
  return Response.json(api.presentCandidateDetail(candidate), { status: created ? 201 : 200 });
});
