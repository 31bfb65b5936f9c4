// POST /api/resumes/analyze — read a résumé into scoring fields, for review before scoring
import * as api from "@/lib/contracts/resumes";
import { defineRoute } from "@/lib/http/route";
import { readResume } from "@/lib/scoring";
import { experienceRangeFromYears } from "@/lib/scoring";

export const POST = defineRoute(api.analyzeResume, async ({ ctx, body }) => {
  const enrichment = await readResume({ ctx, input: { text: body.resume_text } });
  const years = enrichment.value.years_experience;
  return api.presentAnalysis(enrichment, years === null ? null : experienceRangeFromYears(years));
});
