// GET /api/candidates/{id}/scores — every score a candidate received, with outcomes
import { listCandidateScores } from "@/lib/candidates";
import * as api from "@/lib/contracts/candidates";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(api.listCandidateScores, async ({ params }) => ({
  items: (await listCandidateScores({ input: params })).map(api.presentCandidateScore),
}));
