import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v2/score/route";
import { apiKeyWithScopes } from "@/test/helpers/actors";
import { bearer, callRoute } from "@/test/helpers/http";
import { scorePayloadArbitrary } from "@/test/helpers/payload-arbitrary";

// Payloads generated from the schema, then corrupted at a random place: the API answers 200 or a
// problem document naming the field, never a 500.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const corruption = fc.oneof(
  fc.constant<Json>(null),
  fc.constant<Json>("🙂".repeat(3)),
  fc.constant<Json>(1e308),
  fc.constant<Json>(-1),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc.constant<Json>({ nested: { deeper: [1, "two", null] } }),
  fc.constant<Json>("x".repeat(5000)),
  fc.jsonValue() as fc.Arbitrary<Json>,
);

function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [prefix];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => paths(item, [...prefix, key]))];
}

function corrupt(payload: Json, path: (string | number)[], mode: "replace" | "delete" | "add", value: Json): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(payload) as { [key: string]: Json };
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key]!;
  const last = path.at(-1)!;
  const target = parent as Record<string | number, Json>;
  if (mode === "delete") delete target[last];
  else if (mode === "add" && typeof target === "object" && !Array.isArray(target))
    target[`unexpected_${String(last)}`] = value;
  else target[last] = value;
  return copy;
}

let headers: Record<string, string>;
beforeAll(async () => {
  headers = bearer((await apiKeyWithScopes(["scoring"])).key);
});

describe("fuzzed payloads", () => {
  it("never produce a 500, and every 400 names a field", async () => {
    await fc.assert(
      fc.asyncProperty(
        scorePayloadArbitrary,
        fc.nat(),
        fc.constantFrom("replace", "delete", "add" as const),
        corruption,
        async (payload, pick, mode, value) => {
          const json = JSON.parse(JSON.stringify(payload)) as Json;
          const all = paths(json);
          const body = corrupt(json, all[pick % all.length]!, mode, value);
          const response = await callRoute(POST, { headers, body: JSON.stringify(body) });
          expect(response.status).toBeLessThan(500);
          if (response.status === 400) {
            const problem = (await response.json()) as { errors?: { path: string }[] };
            expect(problem.errors?.length ?? 0).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
