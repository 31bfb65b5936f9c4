import path from "node:path";
import { loadCollection } from "@/scripts/eval/ranking/collection";
import { lexicalCorpusOfTexts } from "@/lib/scoring";

// The everyday-roles regression suite (test/fixtures/everyday-roles/README.md), as its tests read it: the
// collection, the word statistics of its résumés, the day "present" means, and the grade of whoever has
// done the job.

export const everydayRoles = loadCollection(path.resolve("test/fixtures/everyday-roles"));
export const everydayCorpus = lexicalCorpusOfTexts([...everydayRoles.documents.values()]);
export const EVERYDAY_NOW = new Date("2026-12-01T00:00:00Z");
export const CORE = 2;
