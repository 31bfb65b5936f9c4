import { describe, expect, inject, it } from "vitest";
import pg from "pg";
import { upsertCandidatesByExternalId } from "@/lib/candidates";
import { unique } from "@/test/helpers/unique";

// A sync batch that finds a candidate unknown but whose insert collides with another session's (which
// created it meanwhile) writes again and replaces it: one row, never a 500.

describe("sync batch racing another session's create", () => {
  it("replaces the candidate the other session created while the batch was writing", async () => {
    const other = new pg.Client({ connectionString: inject("databaseUrl") });
    await other.connect();
    const [externalId, id] = [unique("raced"), unique("raced-id")];
    try {
      await other.query("BEGIN");
      await other.query(
        `INSERT INTO "Candidate" (id, "externalId", "fullName", "updatedAt") VALUES ($1, $2, $3, now())`,
        [id, externalId, "Created Elsewhere"],
      );
      const ctx = { kind: "system", name: "sync-race" } as const;
      const batch = upsertCandidatesByExternalId({
        ctx,
        input: { items: [{ externalId, fullName: "From The Batch" }] },
      });
      // The batch's insert now waits on the other session's uncommitted row.
      let waiting = 0;
      while (waiting === 0) {
        const { rows } = await other.query<{ waiting: number }>(
          "SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted",
        );
        waiting = rows[0]!.waiting;
      }
      await other.query("COMMIT");
      const [outcome] = await batch;
      expect(outcome).toMatchObject({ ok: true, id, created: false });
      const { rows } = await other.query(`SELECT "fullName" FROM "Candidate" WHERE "externalId" = $1`, [externalId]);
      expect(rows).toEqual([{ fullName: "From The Batch" }]);
    } finally {
      await other.end();
    }
  });
});
