// Rebuilds lib/occupations/occupations.json and background-terms.json from data/occupations (rules in build.ts).
// Usage: node --import tsx scripts/occupations/main.ts [sourceDir]
import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildBackgroundTerms, buildOccupations, serializeBackgroundTerms, serializeOccupations } from "./build";

const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");
const sourceDir = path.resolve(process.argv[2] ?? path.join(projectRoot, "data", "occupations"));
const outFile = path.join(projectRoot, "lib", "occupations", "occupations.json");
const backgroundFile = path.join(projectRoot, "lib", "occupations", "background-terms.json");

const data = buildOccupations(sourceDir);
const json = serializeOccupations(data);
writeFileSync(outFile, json);
const withSkills = data.occupations.filter((occupation) => occupation.skills.length > 0).length;
console.log(`Wrote ${path.relative(projectRoot, outFile)} (${(json.length / 1024).toFixed(1)} kB)`);
console.log(`  ${data.occupations.length} occupations (${withSkills} with skills), ${data.titles.length} titles`);

const background = buildBackgroundTerms(sourceDir);
writeFileSync(backgroundFile, serializeBackgroundTerms(background));
console.log(
  `Wrote ${path.relative(projectRoot, backgroundFile)}: ${background.terms.length} stems over ${background.documents} documents`,
);
