// npm run bench:reader-memory — what a started process holds: its live heap after importing lib/scoring,
// then after building each reader's lookups in turn (the steps of warmUpReaders), each after a full
// collection, and its RSS before importing, once imported and once warm.
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
const heapBeforeImport = liveHeap();
const rssBeforeImport = process.memoryUsage.rss();
let before = heapBeforeImport;

/** A row: the live heap added since the last one. */
function record(name: string, took: number): void {
  const after = liveHeap();
  rows.push({ step: name, "live heap added": mb(after - before), "live heap": mb(after), took: ms(took) });
  before = after;
}

function step(name: string, run: () => void): void {
  const started = performance.now();
  run();
  record(name, performance.now() - started);
}

const importStarted = performance.now();
const scoring = await import("@/lib/scoring");
const skills = await import("@/lib/skills");
const occupations = await import("@/lib/occupations");
record("import lib/scoring", performance.now() - importStarted);
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
    "heap before import": mb(heapBeforeImport),
    "heap warm": mb(liveHeap()),
    "RSS before import": mb(rssBeforeImport),
    "RSS imported": mb(importedRss),
    "RSS warm": mb(warmRss),
  },
]);
