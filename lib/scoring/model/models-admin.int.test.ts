import { describe, expect, it } from "vitest";
import { POST as activateRoute } from "@/app/api/admin/models/[version]/activate/route";
import { GET as compareRoute } from "@/app/api/admin/models/[version]/comparison/route";
import { GET as trailRoute, POST as activationRoute } from "@/app/api/admin/models/activations/route";
import { activationJson, activationResultJson, comparisonJson } from "@/lib/contracts/models";
import { apiKeyWithScopes, signedInUser } from "@/test/helpers/actors";
import { bearer, callRoute } from "@/test/helpers/http";
import { storeScoredInferences } from "@/test/helpers/scored-inferences";
import { unique } from "@/test/helpers/unique";
import { activeModel, createModelVersion } from "./model-store";
import { storedFeatureVector } from "./stored-features";

// Admin → Models through the real routes: a version compared with the active model on recent history, and
// activation with its audit trail. Activated versions carry the active weights under a new name, so tests
// running beside this one keep their scores.

const system = { kind: "system", name: "models-admin-test" } as const;

async function recentScores() {
  const active = await activeModel();
  const now = Date.now();
  await storeScoredInferences(
    Array.from({ length: 12 }, (_, i) => ({
      features: { ...storedFeatureVector({}), tech_skill_coverage: i / 11, semantic_similarity: 0.3 + i / 40 },
      jobTitle: unique("recent job"),
      createdAt: new Date(now - i * 1000),
    })),
    active,
  );
  return active;
}

describe("comparing a model version with the active one", () => {
  it("shows weights side by side and which recent scores would change band", async () => {
    const active = await recentScores();
    const { version: _, ...definition } = active;
    const headers = bearer((await apiKeyWithScopes(["admin"])).key);
    const same = unique("same");
    const generous = unique("generous");
    await createModelVersion({ ctx: system, input: { version: same, definition } });
    await createModelVersion({
      ctx: system,
      input: { version: generous, definition: { ...definition, intercept: 20 } },
    });

    const unchanged = comparisonJson.parse(
      await (
        await callRoute(compareRoute, {
          headers,
          params: { version: same },
          path: `/api/admin/models/${same}/comparison?recent=50`,
        })
      ).json(),
    );
    expect(unchanged.active.version).toBe(active.version);
    // Ours at least, and at most the 50 asked for (other tests' scores may be more recent).
    expect(unchanged.history.rows).toBeGreaterThanOrEqual(12);
    expect(unchanged.history.rows).toBeLessThanOrEqual(50);
    expect(unchanged.history.changed).toBe(0);
    expect(unchanged.history.transitions.filter((t) => t.from !== t.to).every((t) => t.count === 0)).toBe(true);
    expect(unchanged.weights.find((row) => row.signal === "tech_skill_coverage")).toMatchObject({
      active: active.terms.tech_skill_coverage,
      candidate: active.terms.tech_skill_coverage,
    });

    const response = await callRoute(compareRoute, {
      headers,
      params: { version: generous },
      path: `/api/admin/models/${generous}/comparison?recent=50`,
    });
    expect(response.status).toBe(200);
    const lifted = comparisonJson.parse(await response.json());
    // Every score becomes strong: what was not strong changes band, and nothing lands elsewhere.
    const into = (band: string) =>
      lifted.history.transitions.filter((t) => t.to === band).reduce((n, t) => n + t.count, 0);
    const { rows } = lifted.history;
    expect(into("strong")).toBe(rows);
    const wasStrong = lifted.history.transitions.find((t) => t.from === "strong" && t.to === "strong")!.count;
    expect(lifted.history.changed).toBe(rows - wasStrong);
    expect(lifted.history.changed).toBeGreaterThan(0);
    expect(lifted.history.examples.length).toBe(Math.min(10, lifted.history.changed));
    expect(
      lifted.history.examples.every((row) => row.candidate.band === "strong" && row.active.band !== "strong"),
    ).toBe(true);
    expect(lifted.history.points).toHaveLength(rows);

    const missing = await callRoute(compareRoute, { headers, params: { version: "no-such-version" } });
    expect(missing.status).toBe(404);
  });

  it("is for admins only", async () => {
    const recruiter = await signedInUser("RECRUITER");
    const scoringKey = bearer((await apiKeyWithScopes(["scoring", "sync", "outcomes"])).key);
    const version = (await activeModel()).version;
    for (const handler of [compareRoute, trailRoute]) {
      expect((await callRoute(handler, { params: { version } })).status).toBe(401);
      expect((await callRoute(handler, { params: { version }, headers: { cookie: recruiter.cookie } })).status).toBe(
        403,
      );
      expect((await callRoute(handler, { params: { version }, headers: scoringKey })).status).toBe(403);
    }
    const body = { version, note: "should never be stored" };
    expect((await callRoute(activationRoute, { body, headers: { cookie: recruiter.cookie } })).status).toBe(403);
    expect((await callRoute(activationRoute, { body, headers: scoringKey })).status).toBe(403);
  });
});

describe("activating a model version", () => {
  it("records who activated which version in place of which, with the note, and refuses stale decisions", async () => {
    const admin = await signedInUser("ADMIN");
    const session = { cookie: admin.cookie };
    const before = await activeModel({ now: Date.now() + 60_000 });
    const { version: _, ...definition } = before;
    const next = unique("copy");
    await createModelVersion({ ctx: system, input: { version: next, definition } });
    try {
      const stale = await callRoute(activationRoute, {
        headers: session,
        body: { version: next, expected_active: unique("not-active") },
      });
      expect(stale.status).toBe(409);

      const response = await callRoute(activationRoute, {
        headers: session,
        body: { version: next, note: "refit on November", expected_active: before.version },
      });
      expect(response.status).toBe(200);
      const result = activationResultJson.parse(await response.json());
      expect(result.model).toMatchObject({ version: next, active: true });
      expect(result.activation).toMatchObject({
        version: next,
        previous: before.version,
        activated_by: "Test ADMIN",
        note: "refit on November",
      });
      expect((await activeModel({ now: Date.now() + 120_000 })).version).toBe(next);

      // Activating what is already active changes and records nothing.
      const again = activationResultJson.parse(
        await (await callRoute(activationRoute, { headers: session, body: { version: next } })).json(),
      );
      expect(again.activation).toBeNull();

      const trail = await callRoute(trailRoute, { headers: session, path: "/api/admin/models/activations?limit=200" });
      const items = activationJson.array().parse(((await trail.json()) as { items: unknown }).items);
      expect(items.filter((item) => item.id === result.activation!.id)).toHaveLength(1);
      expect(items.filter((item) => item.version === next)).toHaveLength(1);
    } finally {
      // The shorthand route is audited too (without a note).
      const key = bearer((await apiKeyWithScopes(["admin"])).key);
      expect((await callRoute(activateRoute, { headers: key, params: { version: before.version } })).status).toBe(200);
    }
    const trail = await callRoute(trailRoute, { headers: session, path: "/api/admin/models/activations?limit=200" });
    const items = activationJson.array().parse(((await trail.json()) as { items: unknown }).items);
    expect(items.find((item) => item.version === before.version && item.previous === next)).toMatchObject({
      activated_by: expect.stringMatching(/^API key key-/),
      note: "",
    });
  });
});
