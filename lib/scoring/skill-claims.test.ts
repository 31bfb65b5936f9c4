import { describe, expect, it } from "vitest";
import { jobContextOf, scoreResume } from "@/scripts/eval/ranking/scorer";
import { skillLabel } from "@/lib/skills";
import {
  CORE,
  everydayCorpus as corpus,
  everydayRoles as collection,
  EVERYDAY_NOW as now,
} from "@/test/helpers/everyday-roles";

// A skill list claims; a role shows (lib/skills/skill-lists.ts). Anyone can add the job's requirements to
// a list: it must never be worth as much as a résumé that shows them, and what a list names is never
// reported missing. Tried on every everyday-roles job with every résumé of someone who has not done it.

describe("skills claimed in a list", () => {
  it.each(collection.queries.map((query) => [query.id, query] as const))(
    "%s: listing the requirements is worth less than showing them, and states them",
    async (_id, query) => {
      const job = jobContextOf(query);
      const required = [...job.requirements.required_tech_skills, ...job.requirements.required_soft_skills];
      const names = required.map((id) => skillLabel(id)).join(", ");
      const score = (documentId: string, resume: string) => scoreResume({ job, documentId, resume, corpus, now });
      const grades = collection.qrels.get(query.id)!;
      for (const [documentId, text] of collection.documents) {
        if (grades.get(documentId) === CORE) continue;
        const listed = await score(documentId, `${text}\n\nSkills: ${names}`);
        const shown = await score(documentId, `${text}\n- In this role I used ${names} every day.`);
        expect(listed.output.logit, documentId).toBeLessThan(shown.output.logit);
        expect(listed.missingSkills, documentId).toEqual([]);
      }
    },
    60_000,
  );
});
