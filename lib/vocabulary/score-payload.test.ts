import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MAX_VECTOR_DIMENSIONS, vector } from "./score-payload";

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
