import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MAX_SKILL_CHARS, MAX_SKILLS, MAX_VECTOR_DIMENSIONS, skillList, vector } from "./score-payload";

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

describe("the vector schema", () => {
  it.each(Object.entries(inputs))("answers %s as the element-by-element check does", (_name, input) => {
    const fast = vector.safeParse(input);
    const reference = elementwise.safeParse(input);
    expect(fast.success).toBe(reference.success);
    expect(fast.data).toEqual(reference.data);
    expect(fast.error?.issues).toEqual(reference.error?.issues);
  });

  it("answers a copy, as zod does", () => {
    const input = [0.5, 0.25];
    expect(vector.parse(input)).not.toBe(input);
  });

  it("keeps its JSON schema", () => {
    expect(z.toJSONSchema(vector)).toEqual(z.toJSONSchema(elementwise));
  });
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

describe("the skill list schema", () => {
  it.each(Object.entries(lists))("answers %s as zod's label check does", (_name, input) => {
    const fast = skillList.safeParse(input);
    const reference = oneByOne.safeParse(input);
    expect(fast.success).toBe(reference.success);
    expect(fast.data).toEqual(reference.data);
    expect(fast.error?.issues).toEqual(reference.error?.issues);
  });

  it("answers a copy, as zod does", () => {
    const input = ["Python"];
    expect(skillList.parse(input)).not.toBe(input);
  });

  it("keeps its JSON schema", () => {
    expect(z.toJSONSchema(skillList)).toEqual(z.toJSONSchema(oneByOne));
  });
});
