import { beforeAll, describe, expect, it } from "vitest";
import { PUT as syncRoute } from "@/app/api/candidates/batch/route";
import { PUT as upsertCandidateRoute } from "@/app/api/candidates/external/[external_id]/route";
import { MAX_SYNC_ITEMS, syncResponse } from "@/lib/contracts/candidates";
import { db, dbDriver, STORED_CANDIDATES_SQL } from "@/lib/db";
import { apiKeyWithScopes } from "@/test/helpers/actors";
import { bearer, callRoute } from "@/test/helpers/http";
import { unique } from "@/test/helpers/unique";

let headers: Record<string, string>;

beforeAll(async () => {
  headers = bearer((await apiKeyWithScopes(["sync"])).key);
});

const RESUME =
  "Senior data engineer, 9 years of experience building pipelines in Python, SQL and Spark on AWS. " +
  "M.Sc. Computer Science. Based in Lisbon. linkedin.com/in/someone";

async function sync(items: unknown[]) {
  const response = await callRoute(syncRoute, { headers, body: { items } });
  return { status: response.status, body: syncResponse.parse(await response.json()) };
}

describe("PUT /api/candidates/batch", () => {
  it("stores each candidate exactly as the single upsert stores it, retrieval columns included", async () => {
    const [single, batched] = [unique("single"), unique("batched")];
    const body = { full_name: "Ada Byron", email: "ada@example.com", resume_text: RESUME, tools: ["Git"] };
    const one = await callRoute(upsertCandidateRoute, { headers, params: { external_id: single }, body });
    expect(one.status).toBe(201);
    const { status, body: answer } = await sync([{ ...body, external_id: batched }]);
    expect(status).toBe(200);
    expect(answer).toMatchObject({ created: 1, updated: 0, failed: 0 });
    expect(answer.results[0]).toMatchObject({ index: 0, ok: true, status: 201, external_id: batched, created: true });

    const stored = await db.candidate.findMany({
      where: { externalId: { in: [single, batched] } },
      omit: { id: true, externalId: true, createdAt: true, updatedAt: true },
      orderBy: { externalId: "asc" },
    });
    expect(stored).toHaveLength(2);
    expect(stored[0]!.mentionedSkills.length).toBeGreaterThan(0);
    expect(stored[0]!.resumeStems.length).toBeGreaterThan(0);
    expect(stored[0]).toEqual(stored[1]);
  });

  it("creates new candidates and replaces known ones by external id, in one call", async () => {
    const [known, fresh] = [unique("known"), unique("fresh")];
    const first = await sync([{ external_id: known, full_name: "Old Name", technical_skills: ["go"] }]);
    const knownId = first.body.results[0]!.ok ? first.body.results[0]!.id : "";

    const { body } = await sync([
      { external_id: known, full_name: "New Name", technical_skills: ["rust"] },
      { external_id: fresh, full_name: "Someone New" },
    ]);
    expect(body).toMatchObject({ created: 1, updated: 1, failed: 0 });
    expect(body.results[0]).toMatchObject({ ok: true, status: 200, id: knownId, created: false });
    expect(body.results[1]).toMatchObject({ ok: true, status: 201, external_id: fresh, created: true });
    const replaced = await db.candidate.findUniqueOrThrow({ where: { externalId: known } });
    expect(replaced).toMatchObject({ id: knownId, fullName: "New Name", technicalSkills: ["rust"] });
    expect(await db.candidate.count({ where: { externalId: known } })).toBe(1);
  });

  it("keeps the stored candidates' count (rankings read it) through a batch that creates and replaces", async () => {
    const keptAndCounted = async () =>
      (
        await dbDriver().query<{ kept: number; counted: number }>(
          `SELECT ${STORED_CANDIDATES_SQL}::int AS "kept", (SELECT count(*) FROM "Candidate")::int AS "counted"`,
        )
      )[0]!;
    const [known, fresh] = [unique("count-known"), unique("count-fresh")];
    await sync([{ external_id: known, full_name: "Known" }]);
    const { body } = await sync([
      { external_id: known, full_name: "Known Again" },
      { external_id: fresh, full_name: "Fresh" },
      { external_id: unique("count-other"), full_name: "Other" },
    ]);
    expect(body).toMatchObject({ created: 2, updated: 1, failed: 0 });
    const { kept, counted } = await keptAndCounted();
    expect(kept).toBe(counted);
  });

  it("replaces a known candidate with every column a new one with the same data gets", async () => {
    const [known, fresh] = [unique("replaced"), unique("fresh-twin")];
    await sync([{ external_id: known, full_name: "Old Name", email: "old@example.com", technical_skills: ["go"] }]);
    const before = await db.candidate.findUniqueOrThrow({ where: { externalId: known } });
    const body = { full_name: "Grace Hopper", phone: "+1 555 0100", resume_text: RESUME, soft_skills: ["Mentoring"] };
    const { body: answer } = await sync([
      { ...body, external_id: known },
      { ...body, external_id: fresh },
    ]);
    expect(answer).toMatchObject({ created: 1, updated: 1, failed: 0 });
    const stored = await db.candidate.findMany({
      where: { externalId: { in: [known, fresh] } },
      omit: { id: true, externalId: true, createdAt: true, updatedAt: true },
    });
    expect(stored).toHaveLength(2);
    expect(stored[0]!.embedding).not.toBeNull();
    expect(stored[0]).toEqual(stored[1]);
    const replaced = await db.candidate.findUniqueOrThrow({ where: { externalId: known } });
    expect(replaced.id).toBe(before.id);
    expect(replaced.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
  });

  it("answers a refused item in its slot and still writes the others", async () => {
    const [good, alsoGood] = [unique("good"), unique("also-good")];
    const { status, body } = await sync([
      { external_id: good, full_name: "Valid One" },
      { external_id: unique("bad"), full_name: "Bad Email", email: "not-an-email" },
      { full_name: "No External Id" },
      { external_id: alsoGood, full_name: "Valid Two" },
      { external_id: good, full_name: "Same Candidate Again" },
      "not an object",
    ]);
    expect(status).toBe(200);
    expect(body).toMatchObject({ created: 2, updated: 0, failed: 4 });
    expect(body.results.map((result) => [result.index, result.status])).toEqual([
      [0, 201],
      [1, 400],
      [2, 400],
      [3, 201],
      [4, 400],
      [5, 400],
    ]);
    const problems = body.results.flatMap((result) => (result.ok ? [] : [result]));
    expect(problems[0]!.problem.errors?.[0]?.path).toBe("items.1.email");
    expect(problems[0]!.external_id).toMatch(/^bad/);
    expect(problems[1]!.problem.errors?.[0]?.path).toBe("items.2.external_id");
    expect(problems[1]!.external_id).toBeNull();
    expect(problems[2]!.problem.errors?.[0]).toMatchObject({ path: "items.4.external_id" });
    const stored = await db.candidate.findUniqueOrThrow({ where: { externalId: good } });
    expect(stored.fullName).toBe("Valid One");
    expect(await db.candidate.count({ where: { externalId: alsoGood } })).toBe(1);
  });

  it("refuses a batch of more than the limit, or none, before writing anything", async () => {
    const marker = unique("over");
    const items = Array.from({ length: MAX_SYNC_ITEMS + 1 }, (_, index) => ({
      external_id: `${marker}-${index}`,
      full_name: "Too Many",
    }));
    const over = await callRoute(syncRoute, { headers, body: { items } });
    expect(over.status).toBe(400);
    expect(JSON.stringify(await over.json())).toContain(`at most ${MAX_SYNC_ITEMS} candidates a batch`);
    expect(await db.candidate.count({ where: { externalId: { startsWith: marker } } })).toBe(0);
    const empty = await callRoute(syncRoute, { headers, body: { items: [] } });
    expect(empty.status).toBe(400);
  });

  it("needs a session or a key with the sync scope", async () => {
    const body = { items: [{ external_id: unique("auth"), full_name: "Nobody" }] };
    expect((await callRoute(syncRoute, { body })).status).toBe(401);
    const scoringOnly = bearer((await apiKeyWithScopes(["scoring"])).key);
    expect((await callRoute(syncRoute, { headers: scoringOnly, body })).status).toBe(403);
  });
});
