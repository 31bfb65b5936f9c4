import { beforeAll, describe, expect, it } from "vitest";
import { API_KEY_SCOPES, type ApiKeyScope } from "@/lib/vocabulary/api-key-scopes";
import { apiKeyWithScopes, revokedApiKey, signedInUser } from "@/test/helpers/actors";
import { withEnv } from "@/test/helpers/env";
import { bearer, callRoute } from "@/test/helpers/http";
import { MADE_UP_PARAMS, discoverRoutes, type DiscoveredRoute } from "@/test/helpers/routes";

// Every route × every kind of caller. "ok" means the caller got past authentication and
// authorisation (any status but 401/403: a 400 for the empty body, a 404 for the made-up id…).

type Caller = "anonymous" | "recruiter" | "admin" | "apiKey" | "revokedKey";
type Expectation = "ok" | 401 | 403;

const PUBLIC = { anonymous: "ok", recruiter: "ok", admin: "ok", apiKey: "ok", revokedKey: "ok" } as const;
const USER_OR_KEY = { anonymous: 401, recruiter: "ok", admin: "ok", apiKey: "ok", revokedKey: 401 } as const;
const ADMIN_SESSION = { anonymous: 401, recruiter: 403, admin: "ok", apiKey: 403, revokedKey: 401 } as const;
const ADMIN_SESSION_OR_KEY = { anonymous: 401, recruiter: 403, admin: "ok", apiKey: "ok", revokedKey: 401 } as const;
// Only the scheduler's secret opens cron routes: sessions and API keys are all refused.
const CRON = { anonymous: 401, recruiter: 401, admin: 401, apiKey: 401, revokedKey: 401 } as const;
const CRON_SECRET = "matrix-cron-secret-0123456789";

const MATRIX: Record<string, Record<Caller, Expectation>> = {
  "GET /api/health": PUBLIC,
  "GET /api/openapi.json": PUBLIC,
  "GET /api/me": USER_OR_KEY,
  "POST /api/v2/score": USER_OR_KEY,
  "POST /api/v2/score/batch": USER_OR_KEY,
  "POST /api/v1/score": USER_OR_KEY,
  "POST /api/inferences/{id}/outcome": USER_OR_KEY,
  "GET /api/inferences/{id}/explanation": USER_OR_KEY,
  "GET /api/jobs": USER_OR_KEY,
  "POST /api/jobs": USER_OR_KEY,
  "GET /api/jobs/{id}": USER_OR_KEY,
  "PUT /api/jobs/{id}": USER_OR_KEY,
  "GET /api/jobs/{id}/rankings": USER_OR_KEY,
  "GET /api/jobs/{id}/ranking.csv": USER_OR_KEY,
  "POST /api/jobs/{id}/score-profile": USER_OR_KEY,
  "GET /api/jobs/{id}/rankings/{candidate_id}": USER_OR_KEY,
  "PUT /api/jobs/external/{external_id}": USER_OR_KEY,
  "POST /api/jobs/extract-requirements": USER_OR_KEY,
  "GET /api/skills": USER_OR_KEY,
  "POST /api/resumes/text": USER_OR_KEY,
  "POST /api/resumes/analyze": USER_OR_KEY,
  "POST /api/resumes/evidence": USER_OR_KEY,
  "GET /api/candidates/{id}/scores": USER_OR_KEY,
  "GET /api/candidates": USER_OR_KEY,
  "POST /api/candidates": USER_OR_KEY,
  "GET /api/candidates/{id}": USER_OR_KEY,
  "PUT /api/candidates/external/{external_id}": USER_OR_KEY,
  "PUT /api/candidates/batch": USER_OR_KEY,
  "GET /api/admin/models": ADMIN_SESSION_OR_KEY,
  "POST /api/admin/models": ADMIN_SESSION_OR_KEY,
  "POST /api/admin/models/{version}/activate": ADMIN_SESSION_OR_KEY,
  "GET /api/admin/models/{version}/comparison": ADMIN_SESSION_OR_KEY,
  "GET /api/admin/models/activations": ADMIN_SESSION_OR_KEY,
  "POST /api/admin/models/activations": ADMIN_SESSION_OR_KEY,
  "GET /api/admin/api-keys": ADMIN_SESSION,
  "POST /api/admin/api-keys": ADMIN_SESSION,
  "DELETE /api/admin/api-keys/{id}": ADMIN_SESSION,
  "GET /api/admin/users": ADMIN_SESSION,
  "POST /api/admin/users": ADMIN_SESSION,
  "GET /api/admin/providers": ADMIN_SESSION,
  "GET /api/admin/embeddings": ADMIN_SESSION_OR_KEY,
  "POST /api/admin/embeddings/refresh": ADMIN_SESSION_OR_KEY,
  // Prompts: any signed-in user reads; admins (or keys with `admin`) write.
  "GET /api/prompts": USER_OR_KEY,
  "POST /api/prompts": ADMIN_SESSION_OR_KEY,
  "GET /api/prompts/{name}": USER_OR_KEY,
  "POST /api/prompts/{name}/versions": ADMIN_SESSION_OR_KEY,
  "GET /api/prompts/{name}/versions/{version}": USER_OR_KEY,
  "GET /api/prompts/{name}/diff": USER_OR_KEY,
  "PUT /api/prompts/{name}/labels/{label}": ADMIN_SESSION_OR_KEY,
  "GET /api/prompts/{name}/comparisons": USER_OR_KEY,
  "POST /api/prompts/{name}/comparisons": ADMIN_SESSION_OR_KEY,
  "GET /api/prompt-comparisons/{id}": USER_OR_KEY,
  "GET /api/prompt-comparisons/{id}/items": USER_OR_KEY,
  "POST /api/prompt-comparisons/{id}/cancel": ADMIN_SESSION_OR_KEY,
  "GET /api/drift/reports": USER_OR_KEY,
  "GET /api/drift/reports/{id}": USER_OR_KEY,
  "POST /api/admin/drift/run": ADMIN_SESSION_OR_KEY,
  "POST /api/admin/drift/baselines": ADMIN_SESSION_OR_KEY,
  "DELETE /api/admin/drift/baselines/{id}": ADMIN_SESSION_OR_KEY,
  "GET /api/cron/drift": CRON,
  "GET /api/cron/embeddings": CRON,
};

let routes: DiscoveredRoute[];
let headersFor: Record<Caller, Record<string, string>>;

beforeAll(async () => {
  routes = await discoverRoutes();
  const [recruiter, admin, key, revoked] = await Promise.all([
    signedInUser("RECRUITER"),
    signedInUser("ADMIN"),
    apiKeyWithScopes(),
    revokedApiKey(),
  ]);
  headersFor = {
    anonymous: {},
    recruiter: { cookie: recruiter.cookie },
    admin: { cookie: admin.cookie },
    apiKey: bearer(key.key),
    revokedKey: bearer(revoked),
  };
});

describe("authorisation matrix", () => {
  it("lists every route in app/api, and each route declares the contract of its own path and method", () => {
    const found = routes.map((route) => `${route.method} ${route.path}`).sort();
    expect(found).toEqual(Object.keys(MATRIX).sort());
    for (const route of routes) {
      expect(`${route.handler.contract.method} ${route.handler.contract.path}`).toBe(`${route.method} ${route.path}`);
    }
  });

  it.each(Object.entries(MATRIX))("%s answers each caller as expected", async (operation, expected) => {
    const route = routes.find((candidate) => `${candidate.method} ${candidate.path}` === operation);
    expect(route, `${operation} exists`).toBeDefined();
    for (const caller of Object.keys(expected) as Caller[]) {
      // With a secret configured, so a cron route's refusal is the 401 for a wrong secret, not a 503.
      const call = () => callRoute(route!.handler, { headers: headersFor[caller], params: MADE_UP_PARAMS });
      const response = route!.handler.contract.auth === "cron" ? await withEnv({ CRON_SECRET }, call) : await call();
      const outcome = expected[caller];
      if (outcome === "ok") {
        expect([401, 403], `${operation} as ${caller} got ${response.status}`).not.toContain(response.status);
      } else {
        expect(response.status, `${operation} as ${caller}`).toBe(outcome);
        expect(response.headers.get("content-type")).toBe("application/problem+json");
        const problem = (await response.json()) as { detail: string };
        expect(problem.detail, "messages are plain text: no Markdown backticks").not.toContain("`");
      }
      expect(response.status, `${operation} as ${caller} must never fail with a 500`).toBeLessThan(500);
    }
  });
});

describe("API key scopes", () => {
  it("a key without the scope an operation needs gets 403", async () => {
    const scoped = routes.filter((route) => {
      const auth = route.handler.contract.auth;
      return typeof auth === "object" && auth.apiKey && auth.apiKey !== "any";
    });
    expect(scoped.length).toBeGreaterThan(10);
    for (const route of scoped) {
      const needed = (route.handler.contract.auth as { apiKey: ApiKeyScope }).apiKey;
      const { key } = await apiKeyWithScopes(API_KEY_SCOPES.filter((scope) => scope !== needed));
      const response = await callRoute(route.handler, { headers: bearer(key), params: MADE_UP_PARAMS });
      expect(response.status, `${route.method} ${route.path} without ${needed}`).toBe(403);
      const problem = (await response.json()) as { detail: string };
      expect(problem.detail).toBe(`This API key lacks the ${needed} scope.`);
    }
  });
});
