// A sample of embedding vectors as one row-major Float32Array. The log stores vectors as float32, so this
// holds them exactly, in half the memory of float64 and without an array per vector for the collector to
// trace (a week's check decodes 8,000 vectors of 384 components); every statistic still computes in float64.

export interface VectorMatrix {
  rows: number;
  dimensions: number;
  /** Row r is values[r·dimensions, (r + 1)·dimensions). Every value is finite. */
  values: Float32Array;
}

/** Vectors of one dimension as a matrix (each value rounded to float32, as the log stores it). */
export function vectorMatrix(vectors: readonly (readonly number[])[]): VectorMatrix {
  const dimensions = vectors[0]?.length ?? 0;
  const values = new Float32Array(vectors.length * dimensions);
  vectors.forEach((vector, r) => {
    if (vector.length !== dimensions)
      throw new RangeError(`vectorMatrix: vector ${r} has ${vector.length} dimensions, expected ${dimensions}`);
    values.set(vector, r * dimensions);
  });
  if (!values.every(Number.isFinite)) throw new RangeError("vectorMatrix: vectors must be finite");
  return { rows: vectors.length, dimensions, values };
}

/**
 * The matrix of the byte strings of the most common length (client-supplied vectors of one model name may
 * still differ), in their order, leaving out any vector with a component that is not finite.
 */
export function decodeVectorMatrix(encoded: readonly Uint8Array[]): VectorMatrix {
  const byLength = new Map<number, number>();
  for (const bytes of encoded) {
    if (bytes.byteLength % 4 !== 0) throw new RangeError("A stored vector must be a whole number of float32 values.");
    byLength.set(bytes.byteLength, (byLength.get(bytes.byteLength) ?? 0) + 1);
  }
  const [length, count] = [...byLength.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  const dimensions = length / 4;
  const values = new Float32Array(count * dimensions);
  let rows = 0;
  for (const bytes of encoded) {
    if (bytes.byteLength !== length) continue;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let finite = true;
    for (let d = 0, at = rows * dimensions; d < dimensions; d++, at++) {
      const value = view.getFloat32(4 * d, true); // little-endian, as lib/embeddings encodes them
      values[at] = value;
      finite &&= Number.isFinite(value);
    }
    if (finite) rows++; // else the next vector overwrites this one
  }
  return { rows, dimensions, values: values.subarray(0, rows * dimensions) };
}
