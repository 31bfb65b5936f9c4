import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { createApiKeyBody, createUserBody } from "@/lib/contracts/admin";
import { jobBody } from "@/lib/contracts/jobs";
import { startComparisonBody } from "@/lib/contracts/prompt-comparisons";
import { createVersionBody, moveLabelBody } from "@/lib/contracts/prompts";
import { outcomeBody } from "@/lib/contracts/scoring";
import { messagesByPath, sentence, validateForm } from "./form-messages";

/** Every schema a form validates with (`useFieldErrors(schema)` in components/). */
const FORM_SCHEMAS: Record<string, z.ZodObject> = {
  createApiKeyBody,
  createUserBody,
  jobBody,
  startComparisonBody,
  createVersionBody,
  moveLabelBody,
  outcomeBody,
};

const WRONG_VALUES: unknown[] = ["", "   ", 12345, -1, 0.5, [], [""], [12345], {}, null, true, "x".repeat(60_000)];

const NESTED_CASES: unknown[] = [
  { dataset: { kind: "upload", format: "json", content: "" } },
  { dataset: { kind: "upload", format: "xml", content: "[]" } },
  { dataset: { kind: "candidates", size: 0 } },
  { dataset: { kind: "candidates", ids: [] } },
  { dataset: { kind: "nothing" } },
  { template: [{ role: "user", content: "" }] },
  { template: [{ role: "robot", content: "hi" }] },
  { config: { temperature: 9, max_tokens: 0 } },
  { email: "not an e-mail", password: "short" },
  { band_override: "strong" },
  { version_a: 2, version_b: 2 },
];

function usedSchemaNames(): string[] {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".tsx"))
        for (const match of fs.readFileSync(file, "utf8").matchAll(/useFieldErrors\((\w+)\)/g)) names.add(match[1]!);
    }
  };
  walk(path.resolve("components"));
  return [...names].sort();
}

function badInputs(schema: z.ZodObject): unknown[] {
  const keys = Object.keys(schema.shape);
  return [
    undefined,
    {},
    ...WRONG_VALUES.map((value) => Object.fromEntries(keys.map((key) => [key, value]))),
    ...NESTED_CASES,
  ];
}

describe("form messages", () => {
  it("covers every schema a form validates with", () => {
    expect(usedSchemaNames()).toEqual(Object.keys(FORM_SCHEMAS).sort());
  });

  it("are sentences in plain words: no field names, no backticks, no type jargon", () => {
    const seen = new Set<string>();
    for (const [name, schema] of Object.entries(FORM_SCHEMAS)) {
      for (const input of badInputs(schema)) {
        const { errors } = validateForm(schema, input);
        for (const message of Object.values(errors ?? {})) {
          seen.add(message);
          const where = `${name} ${JSON.stringify(input)?.slice(0, 80)}: ${message}`;
          expect(message, where).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
          expect(message, where).not.toContain("`");
          expect(message, where).not.toMatch(/expected|received|invalid input|invalid option|too small|too big/i);
          expect(message, where).toMatch(/^[A-Z"].*[.!?]$/);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(15);
  });

  it("asks for an outcome or a band override in words", () => {
    expect(validateForm(outcomeBody, {}).errors).toEqual({ "": "Choose an outcome, a band override, or both." });
    expect(validateForm(outcomeBody, { band_override: "weak" }).errors).toEqual({
      reason: "A band override needs a reason.",
    });
  });

  it("says what a field needs", () => {
    expect(validateForm(jobBody, { department: "Data" }).errors).toEqual({ title: "Required." });
    expect(validateForm(createUserBody, { email: "x", name: "A", role: "ADMIN", password: "p" }).errors).toEqual({
      email: "Enter an e-mail address, such as name@example.com.",
      password: "Must be at least 8 characters.",
    });
    expect(validateForm(createApiKeyBody, { name: "x".repeat(81), scopes: [] }).errors).toEqual({
      name: "Must be at most 80 characters.",
      scopes: "Choose at least one scope.",
    });
  });

  it("lets a nested field's message stand for its parents, not for the whole form", () => {
    expect(messagesByPath([{ path: ["template", 0, "content"], message: "must not be empty" }])).toEqual({
      "template.0.content": "Must not be empty.",
      "template.0": "Must not be empty.",
      template: "Must not be empty.",
    });
    expect(messagesByPath([{ path: [], message: "nothing to save" }])).toEqual({ "": "Nothing to save." });
  });

  it("turns a schema's fragment into a sentence", () => {
    expect(sentence("must not be empty")).toBe("Must not be empty.");
    expect(sentence("Choose one.")).toBe("Choose one.");
  });
});
