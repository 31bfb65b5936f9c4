import { readFileSync } from "node:fs";
import path from "node:path";

// Generated data shipped beside the code (the skill taxonomy, the occupations) is read from its file when
// first needed, not imported as a module: Next.js bundles its server entries apart, and each bundle that
// imported such a file held the file's text as source and its own parsed copy (four copies of ~14 MB
// source in a started server), while tsx turns an imported JSON file into a JavaScript literal that costs
// several times the file's size. Callers keep what they build from it once per thread (processWide).
// The path is the project's (the app, its scripts and tests run from the project directory). The build does
// not trace it (next.config.mjs lists the files for deployments that copy only traced files), and, unlike
// a `new URL(…, import.meta.url)` asset, it is not published under /_next/static.

/** The parsed contents of a JSON file, by its path in the project (e.g. "lib/skills/taxonomy.json"). */
export function readShippedJson<T>(file: string): T {
  const absolute = path.join(/* turbopackIgnore: true */ process.cwd(), file);
  return JSON.parse(readFileSync(/* turbopackIgnore: true */ absolute, "utf8")) as T;
}
