import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "@/lib/http/body";
import { apiKeyWithScopes, signedInUser } from "@/test/helpers/actors";
import { bearer, callRoute } from "@/test/helpers/http";
import { MADE_UP_PARAMS, discoverRoutes, type DiscoveredRoute } from "@/test/helpers/routes";

// Bad input on every route gets a 4xx problem document, never a 500. Each route is called as a caller
// it accepts (admin session, or an all-scope API key for key-only routes).

let routes: DiscoveredRoute[];
let asAllowedCaller: (route: DiscoveredRoute) => Record<string, string>;

beforeAll(async () => {
  routes = await discoverRoutes();
  const [admin, key] = await Promise.all([signedInUser("ADMIN"), apiKeyWithScopes()]);
  asAllowedCaller = (route) => {
    const policy = route.handler.contract.auth;
    if (typeof policy === "object" && !policy.session) return bearer(key.key);
    return { cookie: admin.cookie };
  };
});

async function expectProblem(response: Response, context: string) {
  expect(response.status, context).toBeGreaterThanOrEqual(400);
  expect(response.status, context).toBeLessThan(500);
  expect(response.headers.get("content-type"), context).toBe("application/problem+json");
  const problem = (await response.json()) as { status: number; detail: string };
  expect(problem.status, context).toBe(response.status);
  expect(problem.detail, context).toBeTruthy();
}

const bodyRoutes = () => routes.filter((route) => route.handler.contract.body);
const queryRoutes = () => routes.filter((route) => route.handler.contract.query);

describe("bad input never causes a 500", () => {
  it("rejects malformed, mistyped and oversized bodies with problem documents", async () => {
    expect(bodyRoutes().length).toBeGreaterThan(0);
    const bad: { body?: unknown; headers?: Record<string, string>; label: string }[] = [
      { label: "no body" },
      { label: "broken JSON", body: "{not json" },
      { label: "JSON array", body: [1, 2, 3] },
      { label: "JSON null", body: "null" },
      { label: "unknown fields", body: { surprise: true } },
      { label: "form encoding", body: "a=1", headers: { "content-type": "application/x-www-form-urlencoded" } },
    ];
    for (const route of bodyRoutes()) {
      const limit = route.handler.contract.maxBodyBytes ?? MAX_BODY_BYTES;
      const oversized: (typeof bad)[number] = {
        label: "over the size limit",
        body: JSON.stringify({ padding: "x".repeat(limit + 10) }),
      };
      for (const attempt of [...bad, oversized]) {
        const response = await callRoute(route.handler, {
          headers: { ...asAllowedCaller(route), ...attempt.headers },
          body: attempt.body,
          params: MADE_UP_PARAMS,
        });
        await expectProblem(response, `${route.method} ${route.path} with ${attempt.label}`);
        if (attempt === oversized) expect(response.status, `${route.method} ${route.path} oversized`).toBe(413);
      }
    }
  });

  // Forty bodies for every route with a body: minutes on a loaded shared machine, so not held to 30 s.
  it("survives arbitrary JSON bodies", { timeout: 300_000 }, async () => {
    for (const route of bodyRoutes()) {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue(), async (value) => {
          const response = await callRoute(route.handler, {
            headers: asAllowedCaller(route),
            body: JSON.stringify(value),
            params: MADE_UP_PARAMS,
          });
          expect(response.status, `${route.method} ${route.path}`).toBeLessThan(500);
        }),
        { numRuns: 40 },
      );
    }
  });

  it("rejects nonsense paging and search parameters", async () => {
    expect(queryRoutes().length).toBeGreaterThan(0);
    for (const route of queryRoutes()) {
      for (const query of ["limit=-1", "limit=abc", "offset=1e99", "limit=100000", `search=${"x".repeat(500)}`]) {
        const response = await callRoute(route.handler, {
          path: `${route.path}?${query}`,
          headers: asAllowedCaller(route),
        });
        await expectProblem(response, `${route.method} ${route.path}?${query}`);
      }
    }
  });

  it("answers unknown or absurd ids with 4xx", async () => {
    for (const route of routes.filter((candidate) => candidate.path.includes("{"))) {
      for (const id of ["missing", "x".repeat(300), "%00", "../../etc/passwd"]) {
        const params = Object.fromEntries(Object.keys(MADE_UP_PARAMS).map((name) => [name, id]));
        const response = await callRoute(route.handler, { headers: asAllowedCaller(route), params });
        await expectProblem(response, `${route.method} ${route.path} with id ${id.slice(0, 20)}`);
      }
    }
  });
});
