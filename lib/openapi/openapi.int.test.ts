import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/openapi.json/route";
import { allContracts } from "@/lib/contracts";
import { callRoute } from "@/test/helpers/http";
import { discoverRoutes } from "@/test/helpers/routes";

type Operation = {
  operationId: string;
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  security: unknown[];
};

describe("GET /api/openapi.json", () => {
  it("documents every route from the same schemas the routes validate with", async () => {
    const response = await callRoute(GET);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, Operation>> };
    expect(document.openapi).toBe("3.1.0");

    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const routes = (await discoverRoutes()).map((route) => `${route.method} ${route.path}`);
    expect(documented.sort()).toEqual(routes.sort());
    expect(allContracts).toHaveLength(routes.length);

    const ids = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods).map((operation) => operation.operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);

    const score = document.paths["/api/v2/score"]!.post!;
    const schema = score.requestBody!.content["application/json"]!.schema as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, unknown>;
    };
    expect(schema.required).toEqual(expect.arrayContaining(["request_id", "candidate", "job_context"]));
    expect(schema.additionalProperties).toBe(false);
    expect(score.security).toEqual([{ sessionCookie: [] }, { apiKey: [] }]);
    expect(document.paths["/api/health"]!.get!.security).toEqual([]);
  });
});
