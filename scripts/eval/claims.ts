// npm run eval:claims -- [<dir>] [--now YYYY-MM-DD]
// What claiming the job's requirements buys each résumé of someone who has not done the job (grade below 2)
// in a TREC-style directory (default: the everyday-roles suite), claimed three ways — a "Skills:" list, a
// "Skilled in …" profile line, a "Responsible for …" duty under a role — the job's title written as a
// headline under the name, and the posting's bulleted lines pasted as duties: how many become a strong
// match, and how many rank above someone who has done it, before and after (ranking/claims.ts).
import path from "node:path";
import { parseArgs } from "node:util";
import { loadCollection } from "./ranking/collection";
import { CLAIMS, claimsEffect, type ClaimForm } from "./ranking/claims";

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { now: { type: "string", default: "2026-12-01" } },
});
const directory = path.resolve(positionals[0] ?? "test/fixtures/everyday-roles");
const collection = loadCollection(directory);
const now = new Date(`${values.now}T00:00:00Z`);
console.log(`Claiming the job's requirements, ${path.relative(process.cwd(), directory)}:`);
console.log("claimed as   pairs  strong match  above the lowest core  scores lowered");
for (const form of Object.keys(CLAIMS) as ClaimForm[]) {
  const effect = await claimsEffect(collection, now, form);
  console.log(
    `${form.padEnd(11)}  ${String(effect.pairs).padStart(5)}  ${`${effect.strongBefore} → ${effect.strongAfter}`.padStart(12)}  ${`${effect.aboveCoreBefore} → ${effect.aboveCoreAfter}`.padStart(21)}  ${String(effect.lowered).padStart(14)}`,
  );
}
