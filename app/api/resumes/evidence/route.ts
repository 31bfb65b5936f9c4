// POST /api/resumes/evidence — résumé lines that mention each given skill
import * as api from "@/lib/contracts/resumes";
import { defineRoute } from "@/lib/http/route";
import { findEvidence } from "@/lib/resumes";

export const POST = defineRoute(api.resumeEvidence, async ({ body }) => ({
  items: findEvidence({ text: body.resume_text, skills: body.skills }),
}));
