// POST /api/jobs/extract-requirements — required skills and seniority read from a description
import * as api from "@/lib/contracts/jobs";
import { defineRoute } from "@/lib/http/route";
import { extractRequirements } from "@/lib/llm";

export const POST = defineRoute(api.extractRequirements, async ({ ctx, body }) => {
  const answer = await extractRequirements({ ctx, input: body });
  return { ...answer.value, provider: answer.provider };
});
