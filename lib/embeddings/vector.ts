// Vectors are stored as little-endian float32 bytes: a quarter of the size of float8[] and read without
// parsing. Similarity maths happens on plain arrays.

export function encodeVector(vector: readonly number[]): Uint8Array<ArrayBuffer> {
  const floats = new Float32Array(vector); // not Float32Array.from: its iterator path is several times slower
  return new Uint8Array(floats.buffer);
}

export function decodeVector(bytes: Uint8Array): number[] {
  if (bytes.byteLength % 4 !== 0) throw new RangeError("A stored vector must be a whole number of float32 values.");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const vector = new Array<number>(bytes.byteLength / 4);
  for (let i = 0; i < vector.length; i++) vector[i] = view.getFloat32(i * 4, true);
  return vector;
}

/** Cosine similarity in [-1, 1]; 0 when either vector is all zeros. */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new RangeError(`Cannot compare vectors of ${a.length} and ${b.length} dimensions.`);
  // Cosine ignores scale, so each vector is scaled by its largest component first: tiny (subnormal) or
  // huge components then neither underflow to 0/0 nor overflow.
  let maxA = 0;
  let maxB = 0;
  for (let i = 0; i < a.length; i++) {
    maxA = Math.max(maxA, Math.abs(a[i]!));
    maxB = Math.max(maxB, Math.abs(b[i]!));
  }
  if (maxA === 0 || maxB === 0) return 0;
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]! / maxA;
    const y = b[i]! / maxB;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  return Math.max(-1, Math.min(1, dot / Math.sqrt(normA * normB)));
}
