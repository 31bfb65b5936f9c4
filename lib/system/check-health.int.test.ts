import { describe, expect, it } from "vitest";
import * as api from "@/lib/contracts/system";
import { callRoute } from "@/test/helpers/http";
import { GET } from "@/app/api/health/route";

describe("GET /api/health", () => {
  it("reports the database as up, without authentication", async () => {
    const response = await callRoute(GET);
    expect(response.status).toBe(200);
    const body = api.healthResponse.parse(await response.json());
    expect(body.status).toBe("ok");
    expect(body.database.status).toBe("up");
    expect(["pglite", "postgres"]).toContain(body.database.kind);
  });
});
