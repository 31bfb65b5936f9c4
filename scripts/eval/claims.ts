// npm run eval:claims -- [<dir>] [--now YYYY-MM-DD]
// What appending "Skills: <the job's requirements>" buys each résumé of someone who has not done the job
// (grade below 2) in a TREC-style directory (default: the everyday-roles suite): how many become a strong
// match, and how many rank above someone who has done it, before and after (ranking/claims.ts).
import path from "node:path";
import { parseArgs } from "node:util";
import { loadCollection } from "./ranking/collection";
import { listedClaimsEffect } from "./ranking/claims";

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { now: { type: "string", default: "2026-12-01" } },
});
const directory = path.resolve(positionals[0] ?? "test/fixtures/everyday-roles");
const effect = await listedClaimsEffect(loadCollection(directory), new Date(`${values.now}T00:00:00Z`));
console.log(`Listing the job's requirements, ${path.relative(process.cwd(), directory)} (${effect.pairs} résumé–job pairs of people who have not done the job):
  strong match            ${effect.strongBefore} → ${effect.strongAfter}
  above the lowest core   ${effect.aboveCoreBefore} → ${effect.aboveCoreAfter}
  score lowered by a list ${effect.lowered}`);
