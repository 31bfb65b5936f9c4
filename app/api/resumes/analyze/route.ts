// POST /api/resumes/analyze — read a résumé into scoring fields, for review before scoring
import * as api from "@/lib/contracts/resumes";
import { defineRoute } from "@/lib/http/route";
import { enrichResume } from "@/lib/scoring/enrich";
import { experienceRangeFromYears } from "@/lib/scoring/signals/seniority";

export const POST = defineRoute(api.analyzeResume, async ({ ctx, body }) => {
  const enrichment = await enrichResume({ ctx, input: { text: body.resume_text } });
  const years = enrichment.value.years_experience;
  return api.presentAnalysis(enrichment, years === null ? null : experienceRangeFromYears(years));
});
