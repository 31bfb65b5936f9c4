import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCollection } from "@/scripts/eval/ranking/collection";
import { jobContextOf, scoreResume } from "@/scripts/eval/ranking/scorer";
import { lexicalCorpusOfTexts } from "./texts-corpus";

// The everyday-roles regression suite (test/fixtures/everyday-roles/README.md): whoever has done the job is
// a strong match for it, not merely the best of a weak pool. A warehouse shift supervisor scored 34.9,
// "weak", for a warehouse team leader post while the duties he wrote stated every requirement.

const collection = loadCollection(path.resolve("test/fixtures/everyday-roles"));
const corpus = lexicalCorpusOfTexts([...collection.documents.values()]);
const CORE = 2;

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
          now: new Date("2026-12-01T00:00:00Z"),
        });
        expect({ documentId, band: output.band }, `score ${output.score}, missing ${missingSkills}`).toEqual({
          documentId,
          band: "strong",
        });
      }
    },
  );
});
