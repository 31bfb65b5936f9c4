import { beforeAll, describe, expect, it } from "vitest";
import { POST as createJobRoute, GET as listJobsRoute } from "@/app/api/jobs/route";
import { POST as scoreRoute } from "@/app/api/v2/score/route";
import { db } from "@/lib/db";
import { problemResponse } from "@/lib/http/problem";
import { MAX_JSON_DEPTH } from "@/lib/http/route";
import designExample from "@/test/fixtures/design-example-payload.json";
import { apiKeyWithScopes, signedInUser } from "@/test/helpers/actors";
import { bearer, callRoute } from "@/test/helpers/http";
import { MADE_UP_PARAMS, discoverRoutes, type DiscoveredRoute } from "@/test/helpers/routes";
import { unique } from "@/test/helpers/unique";

// Text PostgreSQL cannot store (NUL; unpaired UTF-16 surrogates, which only JSON escapes can carry) once
// answered 500 on twenty endpoints. Every input part is now checked before validation: a 400 that names the
// field. And a refused body is always recorded, with a bounded copy, however deeply it nests.

const NUL = "a\u0000b";
const LONE_HIGH = "a\ud800b";
const LONE_LOW = "a\udc00b";

let routes: DiscoveredRoute[];
let callerFor: (route: DiscoveredRoute) => Record<string, string>;
let scoringKey: { id: string; key: string };

beforeAll(async () => {
  routes = await discoverRoutes();
  const [admin, key, scoring] = await Promise.all([signedInUser("ADMIN"), apiKeyWithScopes(), apiKeyWithScopes()]);
  scoringKey = scoring;
  callerFor = (route) => {
    const policy = route.handler.contract.auth;
    if (typeof policy === "object" && !policy.session) return bearer(key.key);
    return { cookie: admin.cookie };
  };
});

async function expectUnstorableRefusal(response: Response, context: string, path?: string) {
  expect(response.status, context).toBe(400);
  expect(response.headers.get("content-type"), context).toBe("application/problem+json");
  const problem = (await response.json()) as { errors?: { path: string; code?: string }[] };
  expect(problem.errors?.[0]?.code, context).toBe("invalid_text");
  if (path) expect(problem.errors?.[0]?.path, context).toBe(path);
}

describe("NUL and unpaired surrogates", () => {
  it("are refused in every body, as values, as keys and nested, before the schema sees them", async () => {
    const bodyRoutes = routes.filter((route) => route.handler.contract.body);
    expect(bodyRoutes.length).toBeGreaterThanOrEqual(20);
    for (const route of bodyRoutes) {
      for (const [bad, body, path] of [
        [NUL, { title: NUL }, "title"],
        [LONE_HIGH, { items: [{ request_id: LONE_HIGH }] }, "items.0.request_id"],
        [LONE_LOW, { nested: { [LONE_LOW]: 1 } }, "nested.a\ufffdb"],
      ] as const) {
        const response = await callRoute(route.handler, {
          headers: callerFor(route),
          body: JSON.stringify(body),
          params: MADE_UP_PARAMS,
        });
        await expectUnstorableRefusal(response, `${route.method} ${route.path} with ${JSON.stringify(bad)}`, path);
      }
    }
  });

  it("are refused in every query string and path parameter", async () => {
    for (const route of routes.filter((candidate) => candidate.handler.contract.query)) {
      const response = await callRoute(route.handler, {
        path: `${route.path.replace(/\{(\w+)\}/g, "x")}?search=a%00b`,
        headers: callerFor(route),
        params: MADE_UP_PARAMS,
      });
      await expectUnstorableRefusal(response, `${route.method} ${route.path}?search=a%00b`, "query.search");
    }
    for (const route of routes.filter((candidate) => candidate.handler.contract.params)) {
      const params = Object.fromEntries(Object.keys(MADE_UP_PARAMS).map((name) => [name, NUL]));
      const response = await callRoute(route.handler, { headers: callerFor(route), params });
      await expectUnstorableRefusal(response, `${route.method} ${route.path} with a NUL id`);
    }
  });

  it("in a job that would otherwise be valid, store nothing and leave the list working", async () => {
    const title = unique("NUL job");
    const response = await callRoute(createJobRoute, {
      headers: bearer(scoringKey.key),
      body: { title: `${title}\u0000`, department: "Engineering" },
    });
    await expectUnstorableRefusal(response, "POST /api/jobs", "title");
    expect(await db.job.count({ where: { title: { startsWith: title } } })).toBe(0);
    expect((await callRoute(listJobsRoute, { headers: bearer(scoringKey.key) })).status).toBe(200);
  });

  it("in a scoring payload, are refused and the refusal is recorded with the body as sent (escapes intact)", async () => {
    const requestId = unique("req-nul");
    const body = { ...structuredClone(designExample), request_id: requestId };
    body.candidate.profile.resume_text = `Python engineer\u0000 with Kubernetes ${LONE_HIGH}`;
    const response = await callRoute(scoreRoute, { headers: bearer(scoringKey.key), body });
    await expectUnstorableRefusal(response, "POST /api/v2/score", "candidate.profile.resume_text");
    const refusal = await db.inference.findFirstOrThrow({
      where: { apiKeyId: scoringKey.id, score: null, error: { path: ["request_id"], equals: requestId } },
    });
    expect((JSON.parse(refusal.payload!) as { excerpt: string }).excerpt).toContain(
      "Python engineer\\u0000 with Kubernetes a\\ud800b",
    );
    expect(await db.inference.count({ where: { requestId } })).toBe(0);
  });

  it("that reach the database by another way are a 400, never a 500", async () => {
    const failure = await db.job.findUnique({ where: { id: NUL } }).catch((error: unknown) => error);
    expect(problemResponse(failure, "req").status).toBe(400);
  });
});

describe("deeply nested bodies", () => {
  it("are refused, and the refusal is recorded with a bounded copy of what was sent", async () => {
    const levels = 200_000;
    const text = `{"request_id":"deep","candidate":${"[".repeat(levels)}${"]".repeat(levels)}}`;
    const response = await callRoute(scoreRoute, { headers: bearer(scoringKey.key), body: text });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { detail: string; request_id: string };
    expect(problem.detail).toContain(`deeper than ${MAX_JSON_DEPTH} levels`);
    const refusal = await db.inference.findFirstOrThrow({
      where: { apiKeyId: scoringKey.id, error: { path: ["http_request_id"], equals: problem.request_id } },
    });
    expect(refusal.error).toMatchObject({ status: 400, body_chars: text.length });
    const copy = JSON.parse(refusal.payload!) as { excerpt: string; truncated: boolean; too_deep: boolean };
    expect(copy).toMatchObject({ truncated: true, too_deep: true });
    expect(text.startsWith(copy.excerpt)).toBe(true);
    expect(copy.excerpt.length).toBeLessThan(64 * 1024);
  });
});
