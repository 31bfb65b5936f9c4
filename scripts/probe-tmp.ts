import { readFileSync } from "node:fs";
import { loadCollection } from "@/scripts/eval/ranking/collection";
import { jobContextOf, scoreResume } from "@/scripts/eval/ranking/scorer";
import { lexicalCorpusOfTexts } from "@/lib/scoring";
const c = loadCollection("test/fixtures/occupations-ranking");
const q = c.queries.find((x) => x.id === process.argv[2])!;
const job = jobContextOf(q);
console.log(JSON.stringify(job.requirements));
const corpus = lexicalCorpusOfTexts([...c.documents.values()]);
for (const id of process.argv.slice(3)) {
  const r = await scoreResume({ job, documentId: id, resume: c.documents.get(id)!, corpus, now: new Date("2026-12-01") });
  console.log(id, r.output.logit.toFixed(3), r.output.contributions.filter(x=>Math.abs(x.contribution)>0.01).map((x) => `${x.signal}=${x.contribution.toFixed(2)}`).join(" "));
}
