// npm run model:derive-default
// Re-derives lib/scoring/model/default-model.ts: seeds the demo data into a fresh in-memory database (its
// outcomes simulated from the generator's ground truth), fits the weights there exactly as
// `npm run model:fit` does, and writes the fitted model with its held-out figures as the new default.
import fs from "node:fs";
import path from "node:path";
import { dbDriver, disconnectDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo";
import { applyPendingMigrations } from "@/lib/migrate/apply";
import { fitModelFromOutcomes, fitNotes } from "@/lib/scoring";
import { renderDefaultModel } from "./render-default";

// A fixed demo day and only the offline, deterministic providers: the same weights on every machine.
const DEMO_DAY = "2026-12-01T09:00:00Z";
Object.assign(process.env, {
  PGLITE_DATA_DIR: "memory://",
  LLM_PROVIDER: "builtin",
  LLM_FALLBACKS: "builtin",
  EMBEDDING_PROVIDER: "builtin",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
});
delete process.env.DATABASE_URL;

const FILE = path.join(process.cwd(), "lib", "scoring", "model", "default-model.ts");

async function main(): Promise<void> {
  await applyPendingMigrations(dbDriver());
  const now = new Date(DEMO_DAY);
  const seeded = await seedDemoData({ password: "derive-default-only", now });
  console.log(`Seeded the demo: ${seeded.inferences} scores, ${seeded.outcomes} outcomes on ${seeded.jobs} jobs.`);
  const { model, report } = await fitModelFromOutcomes({
    ctx: { kind: "system", name: "model:derive-default" },
    input: {},
    now,
  });
  const { definition, version } = model;
  const text = await renderDefaultModel({
    model: { version: `default-${version}`, ...definition },
    report,
    derivedOn: DEMO_DAY.slice(0, 10),
    file: FILE,
  });
  fs.writeFileSync(FILE, text);
  console.log(
    `${fitNotes(report, { by: "npm run model:derive-default" })}\n\nWrote ${path.relative(process.cwd(), FILE)} (default-${version}).`,
  );
  await disconnectDb();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
