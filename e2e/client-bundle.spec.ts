import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// The browser bundle of the build under test must carry no server code: a client component that imported
// a server module would drag it in, with the environment schema that names every secret (`server-only`
// guards most of it; this checks the result). Help texts may name a variable; the schema's keys may not.

const SECRET_SETTINGS = [
  "AUTH_SECRET",
  "CRON_SECRET",
  "DATABASE_URL",
  "DEEPSEEK_API_KEY",
  "OPENAI_API_KEY",
  "DRIFT_ALERT_WEBHOOK_URL",
  "SMTP_URL",
  "LANGFUSE_SECRET_KEY",
];

const FORBIDDEN = [
  ...SECRET_SETTINGS.map((name) => `${name}:`),
  "keyHash",
  "@electric-sql/pglite",
  "PrismaClient",
  "prisma_migrations",
];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : full.endsWith(".js") ? [full] : [];
  });
}

test("the client bundle holds no server code or secret settings", () => {
  const chunks = files(path.join(process.cwd(), ".next", "static"));
  expect(chunks.length).toBeGreaterThan(5);
  const found = chunks.flatMap((file) => {
    const text = fs.readFileSync(file, "utf8");
    return FORBIDDEN.filter((marker) => text.includes(marker)).map((marker) => `${path.basename(file)}: ${marker}`);
  });
  expect(found).toEqual([]);
});
