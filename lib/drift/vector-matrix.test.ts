import { describe, expect, it } from "vitest";
import { encodeVector } from "@/lib/embeddings";
import { decodeVectorMatrix, vectorMatrix } from "./vector-matrix";

const bytes = (vector: number[]) => new Uint8Array(encodeVector(vector));

describe("vector matrices", () => {
  it("hold vectors row after row, rounded to float32 as the log stores them", () => {
    const matrix = vectorMatrix([
      [1, 0.1],
      [-2, 3],
    ]);
    expect(matrix).toMatchObject({ rows: 2, dimensions: 2 });
    expect([...matrix.values]).toEqual([1, Math.fround(0.1), -2, 3]);
    expect(() => vectorMatrix([[1, 2], [3]])).toThrow(RangeError);
    expect(() => vectorMatrix([[1, Number.NaN]])).toThrow(RangeError);
  });

  it("decode stored vectors of the most common length, in order, leaving out those that are not finite", () => {
    const matrix = decodeVectorMatrix([
      bytes([1, 2]),
      bytes([9, 9, 9]),
      bytes([3, Number.POSITIVE_INFINITY]),
      bytes([-0.5, 4]),
      bytes([5, 6]),
    ]);
    expect(matrix).toMatchObject({ rows: 3, dimensions: 2 });
    expect([...matrix.values]).toEqual([1, 2, -0.5, 4, 5, 6]);
    expect(decodeVectorMatrix([])).toMatchObject({ rows: 0, dimensions: 0 });
    expect(() => decodeVectorMatrix([new Uint8Array(3)])).toThrow(RangeError);
  });
});
