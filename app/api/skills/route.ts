// GET /api/skills?q= — taxonomy skills matching typed text
import * as api from "@/lib/contracts/skills";
import { defineRoute } from "@/lib/http/route";
import { suggestSkills } from "@/lib/skills";

export const GET = defineRoute(api.suggestSkills, async ({ query }) => ({
  items: suggestSkills(query.q, query.limit),
}));
