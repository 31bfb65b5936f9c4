import { describe, expect, it } from "vitest";
import { z } from "zod";
import { resumeExtraction } from "@/lib/vocabulary/extraction";
import { LlmError } from "./errors";
import { jsonSchemaFor, parseStructured, withoutKeywords } from "./structured";

const verdict = z.object({ verdict: z.enum(["yes", "no"]), reasons: z.array(z.string().min(1)).max(3) }).strict();

function invalid(fn: () => unknown): LlmError {
  try {
    fn();
  } catch (error) {
    if (error instanceof LlmError) return error;
    throw error;
  }
  throw new Error("expected an LlmError");
}

describe("parseStructured", () => {
  it("parses valid JSON, also inside a Markdown fence", () => {
    expect(parseStructured('{"verdict":"yes","reasons":[]}', verdict)).toEqual({ verdict: "yes", reasons: [] });
    expect(parseStructured('```json\n{"verdict":"no","reasons":["x"]}\n```', verdict)).toEqual({
      verdict: "no",
      reasons: ["x"],
    });
  });

  it("blank, non-JSON and schema-violating answers are invalid_output", () => {
    expect(invalid(() => parseStructured("   ", verdict))).toMatchObject({
      errorClass: "invalid_output",
      retryable: true,
    });
    expect(invalid(() => parseStructured('{"verdict":', verdict)).message).toMatch(/not valid JSON/);
    const extra = invalid(() => parseStructured('{"verdict":"yes","reasons":[],"score":100}', verdict));
    expect(extra.message).toMatch(/score/);
    expect(invalid(() => parseStructured('{"verdict":"maybe","reasons":[]}', verdict)).message).toMatch(/verdict/);
  });
});

describe("jsonSchemaFor", () => {
  it("describes the résumé extraction strictly (no extra properties, every field required)", () => {
    const schema = jsonSchemaFor(resumeExtraction) as {
      type: string;
      additionalProperties: boolean;
      required: string[];
      $schema?: string;
    };
    expect(schema.type).toBe("object");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(Object.keys(resumeExtraction.shape));
    expect(schema.$schema).toBeUndefined();
    expect(jsonSchemaFor(resumeExtraction)).toBe(schema); // cached
  });

  it("withoutKeywords strips keywords at every depth", () => {
    const stripped = withoutKeywords(jsonSchemaFor(verdict), new Set(["minLength", "maxItems"]));
    expect(JSON.stringify(stripped)).not.toMatch(/minLength|maxItems/);
  });
});
