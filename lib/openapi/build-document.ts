import { z } from "zod";
import type { AuthPolicy, Contract } from "@/lib/http/contract";
import type { OperationExample } from "./examples";

// The OpenAPI 3.1 document, generated from the same contracts the routes parse with, so the
// documentation cannot drift from what the code accepts.

type JsonSchema = Record<string, unknown>;

const problemSchema: JsonSchema = {
  type: "object",
  required: ["type", "title", "status", "detail", "request_id"],
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    request_id: { type: "string" },
    errors: {
      type: "array",
      items: {
        type: "object",
        properties: { path: { type: "string" }, message: { type: "string" }, code: { type: "string" } },
      },
    },
  },
};

function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

function security(auth: AuthPolicy): Record<string, string[]>[] {
  if (auth === "public") return [];
  if (auth === "cron") return [{ cronSecret: [] }];
  return [...(auth.session ? [{ sessionCookie: [] }] : []), ...(auth.apiKey ? [{ apiKey: [] }] : [])];
}

function describeAuth(auth: AuthPolicy): string {
  if (auth === "public") return "No authentication.";
  if (auth === "cron") return "Scheduler only: `Authorization: Bearer $CRON_SECRET`.";
  const who = [
    auth.session ? (auth.session === "ADMIN" ? "an admin's session" : "a signed-in user's session") : null,
    auth.apiKey ? (auth.apiKey === "any" ? "any API key" : `an API key with the \`${auth.apiKey}\` scope`) : null,
  ].filter(Boolean);
  return `Requires ${who.join(" or ")}.`;
}

function parameters(contract: Contract, example: OperationExample | undefined): JsonSchema[] {
  const fromObject = (schema: z.ZodType | undefined, location: "path" | "query") => {
    const examples = (location === "path" ? example?.params : example?.query) ?? {};
    if (!schema) return [];
    const json = toSchema(schema, "input");
    const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json.required as string[] | undefined) ?? []);
    return Object.entries(properties).map(([name, property]) => ({
      name,
      in: location,
      required: location === "path" || required.has(name),
      schema: property,
      ...(examples[name] === undefined ? {} : { example: examples[name] }),
    }));
  };
  return [...fromObject(contract.params, "path"), ...fromObject(contract.query, "query")];
}

export function operationId(contract: Contract): string {
  const words = contract.path
    .replace(/^\/api\//, "")
    .split(/[/{}._-]+/)
    .filter(Boolean);
  return [contract.method.toLowerCase(), ...words.map((word) => word.charAt(0).toUpperCase() + word.slice(1))].join("");
}

/** What the operation takes: a JSON body, or a file as multipart/form-data. */
function requestBody(contract: Contract, example: OperationExample | undefined): JsonSchema {
  if (contract.upload) {
    const { field, description } = contract.upload;
    const schema = {
      type: "object",
      required: [field],
      properties: { [field]: { type: "string", format: "binary", description } },
    };
    return { requestBody: { required: true, content: { "multipart/form-data": { schema } } } };
  }
  if (!contract.body) return {};
  const json = {
    schema: toSchema(contract.body, "input"),
    ...(example && "body" in example ? { example: example.body } : {}),
  };
  return { requestBody: { required: true, content: { "application/json": json } } };
}

function responseContent(contract: Contract, example: OperationExample | undefined): JsonSchema {
  if (contract.responseMediaType) {
    const media = { schema: { type: "string" }, ...(example ? { example: example.response } : {}) };
    return { content: { [contract.responseMediaType]: media } };
  }
  const schema = contract.response ? toSchema(contract.response, "output") : { type: "object" };
  if (!contract.response && !example) return {};
  return { content: { "application/json": { schema, ...(example ? { example: example.response } : {}) } } };
}

/** The OpenAPI document of `contracts`, with each operation's recorded example (lib/openapi/examples.json). */
export function buildOpenApiDocument(
  contracts: readonly Contract[],
  { serverUrl, examples = {} }: { serverUrl: string; examples?: Readonly<Record<string, OperationExample>> },
) {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const contract of contracts) {
    const example = examples[operationId(contract)];
    const status = String(contract.successStatus ?? 200);
    const problem = {
      description: "Problem (RFC 9457)",
      content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
    };
    paths[contract.path] ??= {};
    paths[contract.path]![contract.method.toLowerCase()] = {
      operationId: operationId(contract),
      summary: contract.summary,
      description: describeAuth(contract.auth),
      tags: contract.tags,
      security: security(contract.auth),
      parameters: parameters(contract, example),
      ...requestBody(contract, example),
      responses: {
        [status]: { description: "Success", ...responseContent(contract, example) },
        "4XX": problem,
        "5XX": problem,
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Shortlist API",
      version: "1.0.0",
      description: "Score candidates against jobs with explanations. Errors are application/problem+json (RFC 9457).",
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      schemas: { Problem: problemSchema },
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: "An API key created by an admin: `Authorization: Bearer sl_…`",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "shortlist.session_token",
          description: "A signed-in browser session",
        },
        cronSecret: { type: "http", scheme: "bearer", description: "The CRON_SECRET shared with the scheduler" },
      },
    },
  };
}
