import path from "node:path";
import { loadCollection } from "@/scripts/eval/ranking/collection";
import { jobContextOf, scoreResume } from "@/scripts/eval/ranking/scorer";
import { lexicalCorpusOfTexts } from "@/lib/scoring";
const [suite, qid, ...docs] = process.argv.slice(2);
const c = loadCollection(path.resolve("test/fixtures", suite!));
const q = c.queries.find((x) => x.id === qid)!;
const job = jobContextOf(q);
console.log(JSON.stringify(job.requirements));
const corpus = lexicalCorpusOfTexts([...c.documents.values()]);
for (const d of docs) {
  const r = await scoreResume({ job, documentId: d, resume: c.documents.get(d)!, corpus, now: new Date("2026-12-01T00:00:00Z") });
  console.log("==", d, r.output.score, "matched", r.matchedSkills.join(","), "missing", r.missingSkills.join(","));
  for (const x of r.output.contributions.filter((x) => x.weight !== 0)) console.log("  ", x.signal, typeof x.value === "number" ? x.value.toFixed(3) : x.value, x.contribution.toFixed(3));
}
