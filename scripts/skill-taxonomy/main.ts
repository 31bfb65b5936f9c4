// Rebuilds lib/skills/taxonomy.json from the licensed source data (ESCO v1.2.0 skill collections and
// O*NET 29.2 Technology Skills, both CC BY 4.0) plus Shortlist's reviewed aliases. Thin CLI around
// buildTaxonomyReport() in scripts/skill-taxonomy/build.ts, whose header documents every rule in full; provenance
// and attribution are in lib/skills/README.md. In short:
//   - O*NET: Hot Technology / In-Demand examples that name a product or language (generic categories such as
//     "Web browser software" dropped), plus curated extras; vendor prefixes left out of ids (kafka, jira).
//   - ESCO: short `digital` knowledge concepts in ICT/data/marketing categories, and `transversal` soft skills
//     mapped to short ids (solve problems → problem_solving); only short, unambiguous altLabels become aliases.
//   - Shortlist: entries missing from both (rest_api, nextjs…) and the reviewed aliases in aliases.ts
//     (k8s, golang, ci/cd…); an alias naming two skills fails the build.
//   - Output: one entry per line, sorted by id, deterministic.
//
// Usage: node --import tsx scripts/skill-taxonomy/main.ts [sourceDir]
//   sourceDir defaults to data/skills in the project (a copy of the licensed source files).

import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildTaxonomyReport, serializeTaxonomy } from "./build";

const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");
const sourceDir = path.resolve(process.argv[2] ?? path.join(projectRoot, "data", "skills"));
const outFile = path.join(projectRoot, "lib", "skills", "taxonomy.json");

const report = buildTaxonomyReport(sourceDir);
const json = serializeTaxonomy(report.entries);
writeFileSync(outFile, json);

const count = (predicate: (entry: (typeof report.entries)[number]) => boolean) =>
  report.entries.filter(predicate).length;
const aliasCount = report.entries.reduce((sum, entry) => sum + entry.aliases.length, 0);
console.log(`Wrote ${path.relative(projectRoot, outFile)} (${(json.length / 1024).toFixed(1)} kB)`);
console.log(
  `  ${report.entries.length} entries: ${count((e) => e.kind === "technical")} technical, ` +
    `${count((e) => e.kind === "tool")} tool, ${count((e) => e.kind === "soft")} soft; ` +
    `sources: ${count((e) => e.source === "onet")} onet, ${count((e) => e.source === "esco")} esco, ` +
    `${count((e) => e.source === "shortlist")} shortlist; ${aliasCount} aliases`,
);
console.log(`  ${report.droppedAmbiguous.length} ambiguous source aliases dropped`);
if (process.env.VERBOSE) for (const line of report.droppedAmbiguous) console.log(`    ${line}`);
for (const file of report.checksumMismatches) {
  console.warn(`  WARNING: ${file} does not match the SHA-256 in PROVENANCE.md; update README.md provenance`);
}
