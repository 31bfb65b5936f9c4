// GET /api/candidates — list candidates with search and paging; POST — add a candidate
import { createCandidate, listCandidates } from "@/lib/candidates";
import * as api from "@/lib/contracts/candidates";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(api.listCandidates, async ({ query }) => {
  const page = await listCandidates({ input: query });
  return { items: page.items.map(api.presentCandidate), total: page.total, limit: query.limit, offset: query.offset };
});

export const POST = defineRoute(api.createCandidate, async ({ ctx, body }) =>
  api.presentCandidateDetail(await createCandidate({ ctx, input: api.toCandidateInput(body) })),
);
