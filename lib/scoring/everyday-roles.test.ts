import { describe, expect, it } from "vitest";
import { jobContextOf, scoreResume } from "@/scripts/eval/ranking/scorer";
import {
  CORE,
  everydayCorpus as corpus,
  everydayRoles as collection,
  EVERYDAY_NOW,
} from "@/test/helpers/everyday-roles";

// The everyday-roles regression suite (test/fixtures/everyday-roles/README.md): whoever has done the job is
// a strong match for it, not merely the best of a weak pool. A warehouse shift supervisor scored 34.9,
// "weak", for a warehouse team leader post while the duties he wrote stated every requirement.

describe("everyday roles", () => {
  it.each(collection.queries.map((query) => [query.id, query] as const))(
    "%s: the person who has done the job is a strong match",
    async (_id, query) => {
      const job = jobContextOf(query);
      for (const [documentId, grade] of collection.qrels.get(query.id)!) {
        if (grade !== CORE) continue;
        const { output, missingSkills } = await scoreResume({
          job,
          documentId,
          resume: collection.documents.get(documentId)!,
          corpus,
          now: EVERYDAY_NOW,
        });
        expect({ documentId, band: output.band }, `score ${output.score}, missing ${missingSkills}`).toEqual({
          documentId,
          band: "strong",
        });
      }
    },
  );
});
