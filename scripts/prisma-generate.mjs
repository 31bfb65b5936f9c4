// Runs `prisma generate` offline. The Prisma CLI insists on locating its native schema engine even
// though generating the client never runs it, and would try to download it; pointing it at this stub
// satisfies the check. Migrations run on the WASM engine instead (scripts/db.ts).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(here, "schema-engine-stub.sh"),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const prisma = path.join(here, "..", "node_modules", "prisma", "build", "index.js");
const result = spawnSync(process.execPath, [prisma, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
