// npm run openapi:examples — records an example request and response for every API operation by calling
// the real route handlers on a fresh in-memory database with the demo data, and writes
// lib/openapi/examples.json (read by /api/openapi.json and /docs/api). Rerun it when a contract changes;
// lib/openapi/examples.test.ts says when.
import fs from "node:fs";
import path from "node:path";
import { EXAMPLE_ORIGIN } from "./recorder";

const CRON_SECRET = "example-cron-secret-0123456789";
Object.assign(process.env, {
  PGLITE_DATA_DIR: "memory://",
  SEED_DEMO: "true",
  APP_URL: EXAMPLE_ORIGIN,
  AUTH_SECRET: "openapi-examples-only-secret-0123456789abcdef",
  CRON_SECRET,
  LOG_LEVEL: "silent",
  LLM_PROVIDER: "builtin",
});

async function main(): Promise<void> {
  const { prepareApp } = await import("@/lib/startup/prepare-app");
  const { createRecorder } = await import("./recorder");
  const { adminSession } = await import("./session");
  const { recordScoringAndRecords } = await import("./tour-records");
  const { recordAdministration } = await import("./tour-admin");

  await prepareApp();
  const recorder = await createRecorder({ session: await adminSession(), cronSecret: CRON_SECRET });
  const { jobId } = await recordScoringAndRecords(recorder);
  await recordAdministration(recorder, { jobId });

  const file = path.resolve("lib/openapi/examples.json");
  fs.writeFileSync(file, recorder.toJson());
  console.log(`Wrote the operation examples to ${path.relative(process.cwd(), file)}.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
