import { describe, expect, it } from "vitest";
import { CLAIMS } from "@/scripts/eval/ranking/claims";
import { jobContextOf, scoreResume } from "@/scripts/eval/ranking/scorer";
import { skillLabel } from "@/lib/skills";
import {
  CORE,
  everydayCorpus as corpus,
  everydayRoles as collection,
  EVERYDAY_NOW as now,
} from "@/test/helpers/everyday-roles";

// A skill list claims; a role shows (lib/skills/skill-lists.ts). Anyone can add the job's requirements to
// a list or claim them in a line of prose ("Skilled in A, B and C"): neither must ever be worth as much as
// a résumé that shows them, and what they name is never reported missing. Tried on every everyday-roles job with every résumé of someone who has not done it.

describe("skills claimed in a list", () => {
  it.each(collection.queries.map((query) => [query.id, query] as const))(
    "%s: listing or claiming the requirements is worth less than showing them, and states them",
    async (_id, query) => {
      const job = jobContextOf(query);
      const required = [...job.requirements.required_tech_skills, ...job.requirements.required_soft_skills];
      const labels = required.map((id) => skillLabel(id));
      const score = (documentId: string, resume: string) => scoreResume({ job, documentId, resume, corpus, now });
      const grades = collection.qrels.get(query.id)!;
      for (const [documentId, text] of collection.documents) {
        if (grades.get(documentId) === CORE) continue;
        // Each in a duty of its own: a sentence of bare names is itself a list.
        const duties = labels.map((label) => `- In this role I used ${label} every day.`).join("\n");
        const shown = await score(documentId, `${text}\n${duties}`);
        for (const form of ["list", "profile"] as const) {
          const claimed = await score(documentId, CLAIMS[form](text, labels));
          expect(claimed.output.logit, `${documentId} (${form})`).toBeLessThan(shown.output.logit);
          expect(claimed.missingSkills, `${documentId} (${form})`).toEqual([]);
        }
      }
    },
    60_000,
  );
});
