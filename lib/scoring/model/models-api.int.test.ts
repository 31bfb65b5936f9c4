import { describe, expect, it } from "vitest";
import { POST as activateRoute } from "@/app/api/admin/models/[version]/activate/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/admin/models/route";
import { modelVersionJson } from "@/lib/contracts/models";
import { apiKeyWithScopes } from "@/test/helpers/actors";
import { bearer, callRoute } from "@/test/helpers/http";
import { unique } from "@/test/helpers/unique";
import { DEFAULT_MODEL } from "./default-model";
import { activeModel, ensureDefaultModel } from "./model-store";

const { version: defaultVersion, ...defaultDefinition } = DEFAULT_MODEL;

describe("model versions API", () => {
  it("stores new weights as a version and activates it without code changes", async () => {
    await ensureDefaultModel();
    const headers = bearer((await apiKeyWithScopes(["admin"])).key);
    // Same weights under a new name, so tests running beside this one keep their scores.
    const version = unique("same-weights");
    const created = await callRoute(createRoute, {
      headers,
      body: { version, definition: defaultDefinition, notes: "re-issue" },
    });
    expect(created.status).toBe(201);
    expect(modelVersionJson.parse(await created.json())).toMatchObject({ version, active: false });

    const duplicate = await callRoute(createRoute, { headers, body: { version, definition: defaultDefinition } });
    expect(duplicate.status).toBe(409);

    const invalid = await callRoute(createRoute, {
      headers,
      body: {
        version: unique("bad"),
        definition: { ...defaultDefinition, terms: { recruiter: { weight: 1, reference: 0 } } },
      },
    });
    expect(invalid.status).toBe(400);

    try {
      const activated = await callRoute(activateRoute, { headers, params: { version } });
      expect(modelVersionJson.parse(await activated.json()).active).toBe(true);
      expect((await activeModel({ now: Date.now() + 60_000 })).version).toBe(version);
      const list = (await (await callRoute(listRoute, { headers })).json()) as {
        items: { version: string; active: boolean }[];
      };
      expect(list.items.filter((item) => item.active).map((item) => item.version)).toEqual([version]);
    } finally {
      await callRoute(activateRoute, { headers, params: { version: defaultVersion } });
    }
    expect((await activeModel({ now: Date.now() + 120_000 })).version).toBe(defaultVersion);
  });
});
