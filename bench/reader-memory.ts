// node --conditions=react-server --import tsx --expose-gc bench/reader-memory.ts — what a started process
// holds: after importing lib/scoring, then after building each reader's lookups in turn (the steps of
// warmUpReaders), each step's live heap after a full collection, and the process's RSS at the end.
import { ms, table } from "./lib/format";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("Run with --expose-gc");

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function liveHeap(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

const rows: Record<string, string>[] = [];
let before = liveHeap();
function step(name: string, run: () => void): void {
  const started = performance.now();
  run();
  const took = performance.now() - started;
  const after = liveHeap();
  rows.push({ step: name, "live heap added": mb(after - before), "live heap": mb(after), took: ms(took) });
  before = after;
}

const started = before;
const startedRss = process.memoryUsage.rss();
const scoring = await import("@/lib/scoring");
const skills = await import("@/lib/skills");
const occupations = await import("@/lib/occupations");
step("import lib/scoring", () => undefined);
const importedRss = process.memoryUsage.rss();
step("skill taxonomy", () => skills.canonicalSkill("purchasing"));
step("skills in text", () => skills.findSkillsInText("Python and purchasing"));
step("statements", () => skills.statementsOf("Processed purchase orders"));
step("occupation titles", () => occupations.matchOccupations("Purchasing Manager"));
step("skill links", () => skills.linkSkill("purchasing"));
step("warmUpReaders (already warm)", () => scoring.warmUpReaders());
const warmRss = process.memoryUsage.rss();
table(rows);
table([
  {
    "heap before import": mb(started),
    "heap warm": mb(liveHeap()),
    "RSS before import": mb(startedRss),
    "RSS imported": mb(importedRss),
    "RSS warm": mb(warmRss),
  },
]);
