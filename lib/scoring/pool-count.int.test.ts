import { describe, expect, it } from "vitest";
import { db, dbDriver, type SessionQuery, STORED_CANDIDATES_SQL } from "@/lib/db";
import { unique } from "@/test/helpers/unique";
import { poolStamp } from "./candidate-rows";

// The pool's count is kept by triggers on Candidate (migration candidate_pool_count) so that poolStamp need
// not count the pool on every page: it must equal count(*) after every kind of write, committed or not.
// Each check reads both in one statement (one snapshot), so tests writing elsewhere in the database (on
// PostgreSQL, the other worker's) cannot make them differ; what this test wrote is counted by its own rows.

async function keptAndCounted(query: SessionQuery = (text) => dbDriver().query(text)) {
  const [row] = await query<{ kept: number; counted: number }>(
    `SELECT ${STORED_CANDIDATES_SQL}::int AS "kept",
            (SELECT count(*) FROM "Candidate")::int AS "counted"`,
  );
  return row!;
}

const named = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => ({ fullName: `${prefix} ${index}`, externalId: `${prefix}-${index}` }));

describe("the pool's count", () => {
  it("equals count(*) after inserts, upserts, deletes, concurrent writers and a rolled-back write", async () => {
    const batch = unique("pool-count");
    const ours = () => db.candidate.count({ where: { externalId: { startsWith: batch } } });
    const expectExact = async (stored: number) => {
      const { kept, counted } = await keptAndCounted();
      expect(kept).toBe(counted);
      expect(await ours()).toBe(stored);
    };

    await db.candidate.createMany({ data: named(`${batch}-a`, 5) });
    await expectExact(5);

    // Writers at once (separate connections on PostgreSQL, so separate shards or one shard's row in turn).
    await Promise.all(
      Array.from({ length: 4 }, (_, writer) => db.candidate.createMany({ data: named(`${batch}-w${writer}`, 3) })),
    );
    await expectExact(17);

    // An upsert that updates counts nothing; one that inserts counts one; an insert that conflicts none.
    await db.candidate.upsert({
      where: { externalId: `${batch}-a-0` },
      create: { fullName: "never", externalId: `${batch}-a-0` },
      update: { fullName: "renamed" },
    });
    await db.candidate.upsert({
      where: { externalId: `${batch}-b-0` },
      create: { fullName: "new", externalId: `${batch}-b-0` },
      update: {},
    });
    await dbDriver().query(
      `INSERT INTO "Candidate" ("id", "fullName", "externalId", "updatedAt")
       VALUES ($1, 'duplicate', $2, CURRENT_TIMESTAMP) ON CONFLICT ("externalId") DO NOTHING`,
      [`${batch}-dup`, `${batch}-a-1`],
    );
    await expectExact(18);

    await db.candidate.deleteMany({ where: { externalId: { startsWith: `${batch}-w` } } });
    await expectExact(6);

    await expect(
      db.$transaction(async (tx) => {
        await tx.candidate.createMany({ data: named(`${batch}-c`, 2) });
        await tx.candidate.deleteMany({ where: { externalId: { startsWith: `${batch}-a` } } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await expectExact(6);

    await db.candidate.deleteMany({ where: { externalId: { startsWith: batch } } });
    await expectExact(0);
  });

  it("is zero after the table is truncated (rolled back here, so no other test's candidates go)", async () => {
    await db.candidate.createMany({ data: named(unique("pool-truncate"), 2) });
    await dbDriver().withConnection(async (query) => {
      await query("BEGIN");
      try {
        await query(`TRUNCATE "Candidate" CASCADE`);
        expect(await keptAndCounted(query)).toEqual({ kept: 0, counted: 0 });
        await query(
          `INSERT INTO "Candidate" ("id", "fullName", "updatedAt") VALUES ('truncated-1', 'one', CURRENT_TIMESTAMP)`,
        );
        expect(await keptAndCounted(query)).toEqual({ kept: 1, counted: 1 });
      } finally {
        await query("ROLLBACK");
      }
    });
    const { kept, counted } = await keptAndCounted();
    expect(kept).toBe(counted);
    expect(counted).toBeGreaterThanOrEqual(2);
  });

  it("makes poolStamp change when a candidate is added, and when one is removed though no save is later", async () => {
    const first = await poolStamp();
    const candidate = await db.candidate.create({ data: { fullName: "Stamp", externalId: unique("pool-stamp") } });
    const added = await poolStamp();
    expect(added.stamp).not.toBe(first.stamp);
    await db.candidate.delete({ where: { id: candidate.id } });
    const removed = await poolStamp();
    expect(removed.stamp).not.toBe(added.stamp);
    expect(Number.isInteger(removed.count)).toBe(true);
  });
});
