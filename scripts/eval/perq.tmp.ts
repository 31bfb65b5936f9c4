import path from "node:path";
import { loadCollection } from "@/scripts/eval/ranking/collection";
import { evaluateCollection } from "@/scripts/eval/ranking/evaluate";
const suite = process.argv[2]!;
const c = loadCollection(path.resolve("test/fixtures", suite));
const e = await evaluateCollection(c, { pool: "corpus", relevantMin: 1, samples: 1, seed: 1, frequencies: "corpus", now: new Date("2026-12-01T00:00:00Z") });
const f = (m: any) => m ? `${m["nDCG@5"].toFixed(3)} ${m.MAP.toFixed(3)}` : "-";
for (const q of e.queries) {
  console.log(q.id.padEnd(22), "scorer", f(q.metrics?.scorer), " bm25", f(q.metrics?.bm25));
  const g = c.qrels.get(q.id)!;
  console.log("   S:", q.rankings.scorer.slice(0, 7).map((d) => `${d}(${g.get(d) ?? 0})`).join(" "));
  console.log("   B:", q.rankings.bm25.slice(0, 7).map((d) => `${d}(${g.get(d) ?? 0})`).join(" "));
}
