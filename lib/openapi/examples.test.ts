import { describe, expect, it } from "vitest";
import { allContracts } from "@/lib/contracts";
import designPayload from "@/test/fixtures/design-example-payload.json";
import { apiDocument } from "./api-document";
import { operationId } from "./build-document";
import { operationExamples } from "./examples";

const REGENERATE = "record the examples again: npm run openapi:examples";

type Operation = {
  parameters: { name: string; example?: unknown }[];
  requestBody?: { content: Record<string, { example?: unknown }> };
  responses: Record<string, { content?: Record<string, { example?: unknown }> }>;
};

describe("API examples", () => {
  it("exist for every operation, and only for operations", () => {
    const ids = allContracts.map(operationId).sort();
    expect(Object.keys(operationExamples).sort(), REGENERATE).toEqual(ids);
  });

  it("are requests and responses the contracts accept", () => {
    for (const contract of allContracts) {
      const id = operationId(contract);
      const example = operationExamples[id]!;
      const check = (part: string, schema: { safeParse(value: unknown): { success: boolean; error?: unknown } }) => {
        const value = example[part as keyof typeof example];
        const parsed = schema.safeParse(value);
        expect(parsed.success, `${id} ${part}: ${JSON.stringify(parsed.error)} — ${REGENERATE}`).toBe(true);
      };
      if (contract.params) check("params", contract.params);
      if (contract.query) check("query", contract.query);
      if (contract.body) check("body", contract.body);
      if (contract.response) check("response", contract.response);
      expect(Boolean(example.upload), `${id} sends a file exactly when it is an upload`).toBe(Boolean(contract.upload));
      expect(example.response, `${id} has a response`).toBeDefined();
    }
  });

  it("score the DESIGN.md payload as the v2 example", () => {
    expect(operationExamples.postV2Score!.body).toEqual(designPayload);
  });

  it("are in the OpenAPI document: parameters, request bodies and responses", () => {
    const document = apiDocument({ serverUrl: "https://shortlist.example.com" });
    for (const contract of allContracts) {
      const operation = document.paths[contract.path]![contract.method.toLowerCase()] as unknown as Operation;
      const example = operationExamples[operationId(contract)]!;
      for (const parameter of operation.parameters)
        expect(parameter.example, `${contract.path} ${parameter.name}`).toBe(
          example.params?.[parameter.name] ?? example.query?.[parameter.name],
        );
      if (contract.body) expect(operation.requestBody!.content["application/json"]!.example).toEqual(example.body);
      if (contract.upload) expect(operation.requestBody!.content["multipart/form-data"]).toBeDefined();
      const success = operation.responses[String(contract.successStatus ?? 200)]!;
      expect(success.content![contract.responseMediaType ?? "application/json"]!.example, contract.path).toEqual(
        example.response,
      );
    }
  });
});
