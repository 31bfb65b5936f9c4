import { inject, describe, expect, it } from "vitest";
import pg from "pg";
import { GET as cronRoute } from "@/app/api/cron/drift/route";
import { driftJob } from "@/jobs/drift";
import { withEnv } from "@/test/helpers/env";
import { bearer, callRoute } from "@/test/helpers/http";

// Across processes the drift job is kept to one run by a PostgreSQL advisory lock: while another session
// holds it (another app instance, or `npm run job:drift`), the cron route answers 409.

describe("drift job lock on PostgreSQL", () => {
  it("answers 409 while another session holds the job's advisory lock, and runs once it is released", async () => {
    const other = new pg.Client({ connectionString: inject("databaseUrl") });
    await other.connect();
    const secret = "pg-lock-cron-secret-0123456789";
    try {
      const [held] = (
        await other.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [driftJob.lockKey])
      ).rows;
      expect(held?.locked).toBe(true);
      const busy = await withEnv({ CRON_SECRET: secret }, () => callRoute(cronRoute, { headers: bearer(secret) }));
      expect(busy.status).toBe(409);
      await other.query("SELECT pg_advisory_unlock($1)", [driftJob.lockKey]);
      let response = await withEnv({ CRON_SECRET: secret }, () => callRoute(cronRoute, { headers: bearer(secret) }));
      for (let attempt = 0; response.status === 409 && attempt < 20; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 250)); // another test file's run on the shared database
        response = await withEnv({ CRON_SECRET: secret }, () => callRoute(cronRoute, { headers: bearer(secret) }));
      }
      expect(response.status).toBe(200);
    } finally {
      await other.end();
    }
  });
});
