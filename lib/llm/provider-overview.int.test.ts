import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/admin/providers/route";
import * as api from "@/lib/contracts/providers";
import { startFakeLlmServer, type FakeLlmServer } from "@/test/fake-llm/server";
import { signedInUser, type TestUser } from "@/test/helpers/actors";
import { withEnv } from "@/test/helpers/env";
import { callRoute } from "@/test/helpers/http";

const SECRET = "sk-deepseek-secret-value-0123456789";
let server: FakeLlmServer;
let admin: TestUser;

beforeAll(async () => {
  server = await startFakeLlmServer();
  admin = await signedInUser("ADMIN");
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe("GET /api/admin/providers", () => {
  it("without configuration lists the builtin chain", async () => {
    const body = await withEnv({ LLM_PROVIDER: undefined, ENV: undefined, LLM_FALLBACKS: undefined }, async () => {
      const response = await callRoute(GET, { headers: { cookie: admin.cookie } });
      expect(response.status).toBe(200);
      return api.providerOverviewJson.parse(await response.json());
    });
    expect(body.chain).toEqual(["builtin"]);
    expect(body.providers).toEqual([
      expect.objectContaining({ name: "builtin", role: "primary", reachable: true, configured: true, endpoint: null }),
    ]);
    expect(body.days).toHaveLength(7);
  });

  it("probes the configured chain once per 30 s, reports the model and endpoint, and never shows the key", async () => {
    const vars = {
      LLM_PROVIDER: "deepseek",
      LLM_FALLBACKS: "openai,builtin",
      DEEPSEEK_API_KEY: SECRET,
      DEEPSEEK_BASE_URL: server.openaiBaseUrl,
      DEEPSEEK_MODEL: undefined,
      OPENAI_API_KEY: undefined,
      OPENAI_BASE_URL: undefined,
    };
    const [first, second] = await withEnv(vars, async () => {
      const one = await callRoute(GET, { headers: { cookie: admin.cookie } });
      const two = await callRoute(GET, { headers: { cookie: admin.cookie } });
      return [await one.text(), await two.text()];
    });
    expect(first).not.toContain(SECRET);
    const body = api.providerOverviewJson.parse(JSON.parse(first));
    expect(body.chain).toEqual(["deepseek", "openai", "builtin"]);
    expect(body.providers[0]).toMatchObject({
      name: "deepseek",
      // The current default model, and the price table knows it.
      model: "deepseek-flash",
      price_known: true,
      reachable: true,
      endpoint: server.openaiBaseUrl,
      cooldown_remaining_ms: 0,
    });
    expect(body.providers[1]).toMatchObject({
      name: "openai",
      configured: false,
      not_configured_reason: "OPENAI_API_KEY is not set",
      reachable: null,
    });
    expect(second).not.toContain(SECRET);
    expect(server.requests.filter((request) => request.path === "/v1/models")).toHaveLength(1);
  });

  it("says when a configured model is missing from the price table (its calls cost $0 in the figures)", async () => {
    const vars = {
      LLM_PROVIDER: "openai",
      LLM_FALLBACKS: "builtin",
      OPENAI_BASE_URL: server.openaiBaseUrl,
      OPENAI_API_KEY: SECRET,
      OPENAI_MODEL: "my-fine-tune-2027",
    };
    const body = await withEnv(vars, async () =>
      api.providerOverviewJson.parse(await (await callRoute(GET, { headers: { cookie: admin.cookie } })).json()),
    );
    expect(body.providers).toEqual([
      expect.objectContaining({ name: "openai", model: "my-fine-tune-2027", price_known: false }),
      expect.objectContaining({ name: "builtin", price_known: true }),
    ]);
  });
});
