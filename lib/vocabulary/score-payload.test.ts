import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MAX_SKILL_CHARS, MAX_SKILLS, MAX_VECTOR_DIMENSIONS, skillList, vector } from "./score-payload";

/** A schema with a quick path answers every input as the same schema without it does, with a copy. */
function describeQuickPath(
  name: string,
  schema: z.ZodType,
  withoutQuickPath: z.ZodType,
  cases: Record<string, unknown>,
  { reference, sample }: { reference: string; sample: unknown[] },
) {
  describe(name, () => {
    it.each(Object.entries(cases))(`answers %s as ${reference} does`, (_name, input) => {
      const fast = schema.safeParse(input);
      const expected = withoutQuickPath.safeParse(input);
      expect(fast.success).toBe(expected.success);
      expect(fast.data).toEqual(expected.data);
      expect(fast.error?.issues).toEqual(expected.error?.issues);
    });

    it("answers a copy, as zod does", () => {
      expect(schema.parse(sample)).not.toBe(sample);
    });

    it("keeps its JSON schema", () => {
      expect(z.toJSONSchema(schema)).toEqual(z.toJSONSchema(withoutQuickPath));
    });
  });
}

// The vector schema skips zod's element-by-element check for a plain vector; it must answer exactly as
// that check does.
const elementwise = z
  .array(z.number().finite("must be a finite number"))
  .min(1, "must not be empty")
  .max(MAX_VECTOR_DIMENSIONS, `at most ${MAX_VECTOR_DIMENSIONS} dimensions`);

const inputs: Record<string, unknown> = {
  "a vector": [0.25, -1, 0, -0, 1e-30, 3.4e38],
  "the largest vector": Array.from({ length: MAX_VECTOR_DIMENSIONS }, (_, i) => i / 7),
  "an empty one": [],
  "one too long": Array.from({ length: MAX_VECTOR_DIMENSIONS + 1 }, () => 0.5),
  "one too long of strings": Array.from({ length: MAX_VECTOR_DIMENSIONS + 1 }, () => "x"),
  "non-numbers": [1, "2", null, true, [3], { n: 4 }, undefined],
  "non-finite numbers": [1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY],
  "a sparse array": [1, , 3], // eslint-disable-line no-sparse-arrays
  "not an array": "0.1,0.2",
  null: null,
  "an object": { 0: 1, length: 1 },
};

describeQuickPath("the vector schema", vector, elementwise, inputs, {
  reference: "the element-by-element check",
  sample: [0.5, 0.25],
});

// The skill list schema trims a plain list in one loop instead of checking each label through zod; it must
// answer exactly as zod's own check does.
const oneByOne = z
  .array(
    z.string().trim().min(1, "must not be empty").max(MAX_SKILL_CHARS, `must be at most ${MAX_SKILL_CHARS} characters`),
  )
  .max(MAX_SKILLS, `at most ${MAX_SKILLS} skills`);

const lists: Record<string, unknown> = {
  "a list": ["Python", " SQL ", "\tstakeholder management\n", "C++", "Node.js", "é", "😀"],
  "the longest labels": ["x".repeat(MAX_SKILL_CHARS), ` ${"y".repeat(MAX_SKILL_CHARS)} `],
  "a label too long": ["x".repeat(MAX_SKILL_CHARS + 1)],
  "an empty label": ["Python", ""],
  "a blank label": ["Python", "   "],
  "the most skills": Array.from({ length: MAX_SKILLS }, (_, i) => `skill ${i}`),
  "one too many": Array.from({ length: MAX_SKILLS + 1 }, (_, i) => `skill ${i}`),
  "one too many, one too long": [...Array.from({ length: MAX_SKILLS }, () => "a"), "x".repeat(MAX_SKILL_CHARS + 1)],
  "an empty list": [],
  "non-strings": ["Python", 1, null, true, ["SQL"], { name: "Go" }, undefined],
  numbers: [0.5, 1, 2],
  "a sparse array": ["a", , "b"], // eslint-disable-line no-sparse-arrays
  "not an array": "Python, SQL",
  null: null,
  "an object": { 0: "Python", length: 1 },
};

describeQuickPath("the skill list schema", skillList, oneByOne, lists, {
  reference: "zod's label check",
  sample: ["Python"],
});
