// GET /api/candidates/{id} — one candidate
import { getCandidate } from "@/lib/candidates";
import * as api from "@/lib/contracts/candidates";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(api.getCandidate, async ({ params }) =>
  api.presentCandidateDetail(await getCandidate({ input: params })),
);
