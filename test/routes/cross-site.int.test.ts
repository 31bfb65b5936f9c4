import { beforeAll, describe, expect, it } from "vitest";
import { POST as createApiKeyRoute } from "@/app/api/admin/api-keys/route";
import { POST as runDriftRoute } from "@/app/api/admin/drift/run/route";
import { POST as authRoute } from "@/app/api/auth/[...all]/route";
import { db } from "@/lib/db";
import { apiKeyWithScopes, signedInUser, type TestUser } from "@/test/helpers/actors";
import { APP_ORIGIN, bearer, callRoute } from "@/test/helpers/http";
import { MADE_UP_PARAMS, discoverRoutes, type DiscoveredRoute } from "@/test/helpers/routes";
import { unique } from "@/test/helpers/unique";

// With an admin's cookie, a page on another site could create API keys, jobs, and start drift runs. Every
// write made with a session now needs the app's own Origin; API keys (no ambient credential) are unaffected.

const EVIL = "http://evil.example";
let admin: TestUser;
let key: string;
let sessionWrites: DiscoveredRoute[];

beforeAll(async () => {
  [admin, key] = await Promise.all([signedInUser("ADMIN"), apiKeyWithScopes().then((created) => created.key)]);
  sessionWrites = (await discoverRoutes()).filter((route) => {
    const policy = route.handler.contract.auth;
    return route.method !== "GET" && typeof policy === "object" && policy.session;
  });
});

const asAdmin = (route: DiscoveredRoute, origin: string | null, extra: Record<string, string> = {}) =>
  callRoute(route.handler, { headers: { cookie: admin.cookie, ...extra }, origin, params: MADE_UP_PARAMS });

async function expectCrossSiteRefusal(response: Response, context: string) {
  expect(response.status, context).toBe(403);
  expect(((await response.json()) as { detail: string }).detail, context).toMatch(/^A signed-in write is refused/);
}

describe("signed-in writes", () => {
  it("are refused from another origin, without an Origin, or marked cross-site by the browser", async () => {
    expect(sessionWrites.length).toBeGreaterThan(15);
    for (const route of sessionWrites) {
      const name = `${route.method} ${route.path}`;
      await expectCrossSiteRefusal(await asAdmin(route, EVIL), `${name} from ${EVIL}`);
      await expectCrossSiteRefusal(await asAdmin(route, null), `${name} without Origin`);
      await expectCrossSiteRefusal(await asAdmin(route, "null"), `${name} from an opaque origin`);
      await expectCrossSiteRefusal(
        await asAdmin(route, APP_ORIGIN, { "sec-fetch-site": "cross-site" }),
        `${name} marked cross-site`,
      );
    }
  });

  it("pass the check from the app's own origin (localhost or 127.0.0.1 locally)", async () => {
    for (const route of sessionWrites) {
      for (const origin of [APP_ORIGIN, "http://127.0.0.1:3000"]) {
        const response = await asAdmin(route, origin, { "sec-fetch-site": "same-origin" });
        const detail = response.status === 403 ? ((await response.json()) as { detail: string }).detail : "";
        expect(detail, `${route.method} ${route.path} from ${origin}`).not.toMatch(/signed-in write/);
      }
    }
  });

  it("cannot mint an admin API key or start a drift run from a foreign page", async () => {
    const name = unique("csrf-key");
    const created = await callRoute(createApiKeyRoute, {
      headers: { cookie: admin.cookie },
      origin: EVIL,
      body: { name, scopes: ["admin"] },
    });
    expect(created.status).toBe(403);
    expect(await db.apiKey.count({ where: { name } })).toBe(0);

    const form = await callRoute(runDriftRoute, {
      headers: { cookie: admin.cookie, "content-type": "application/x-www-form-urlencoded" },
      origin: EVIL,
      body: "run=1",
    });
    expect(form.status).toBe(403);
  });

  it("leave API-key calls alone, whatever Origin they carry", async () => {
    const response = await callRoute(createApiKeyRoute, { headers: bearer(key), origin: EVIL, body: {} });
    expect(response.status).not.toBe(401);
    const detail = ((await response.json()) as { detail: string }).detail;
    expect(detail).not.toMatch(/signed-in write/);
  });
});

describe("sign-in", () => {
  const signIn = (origin: string | null) =>
    authRoute(
      new Request(`${APP_ORIGIN}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(origin ? { origin } : {}) },
        body: JSON.stringify({ email: admin.email, password: admin.password }),
      }),
    );

  it("is refused from another origin or without one, and works from the app's own", async () => {
    expect((await signIn(EVIL)).status).toBe(403);
    expect((await signIn(null)).status).toBe(403);
    expect((await signIn(APP_ORIGIN)).status).toBe(200);
  });
});
