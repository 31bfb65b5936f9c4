import { z } from "zod";
import { LlmError } from "./errors";

// Structured outputs: the zod schema is the contract. Its JSON Schema goes to providers that accept one;
// whatever comes back is parsed and validated here, for every provider alike.

const cache = new WeakMap<z.ZodType, Record<string, unknown>>();

/** The JSON Schema of a zod schema, without `$schema` (providers reject or ignore it). Cached. */
export function jsonSchemaFor(schema: z.ZodType): Record<string, unknown> {
  let json = cache.get(schema);
  if (!json) {
    const { $schema: _ignored, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
    json = rest;
    cache.set(schema, json);
  }
  return json;
}

/** Removes keywords a provider's strict mode refuses, at every depth. */
export function withoutKeywords(schema: unknown, keywords: ReadonlySet<string>): unknown {
  if (Array.isArray(schema)) return schema.map((item) => withoutKeywords(item, keywords));
  if (schema === null || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => !keywords.has(key))
      .map(([key, value]) => [key, withoutKeywords(value, keywords)]),
  );
}

// Models often wrap JSON in a Markdown fence even when told not to; the fence carries no meaning.
const FENCE = /^```(?:json)?\s*\n?([\s\S]*?)\n?```$/i;

/** Issues of a failed validation, short enough to hand back to the model. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 10)
    .map((issue) => {
      const path = issue.path.length ? issue.path.join(".") : "(root)";
      const keys = issue.code === "unrecognized_keys" ? ` (${issue.keys.join(", ")})` : "";
      return `${path}: ${issue.message}${keys}`;
    })
    .join("; ");
}

/** Parses a model's text as the schema's type, or throws an `invalid_output` LlmError saying why. */
export function parseStructured<T>(text: string, schema: z.ZodType<T>): T {
  const trimmed = text.trim();
  if (trimmed === "") throw new LlmError("invalid_output", "The answer was empty.");
  const body = FENCE.exec(trimmed)?.[1] ?? trimmed;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new LlmError("invalid_output", "The answer was not valid JSON.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new LlmError("invalid_output", `The answer did not match the schema: ${describeIssues(parsed.error)}`);
  return parsed.data;
}
