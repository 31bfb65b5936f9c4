// Ascending in-place sort of a Float32Array by LSD radix on the values' bits, for the per-component
// Wasserstein distances: thousands of components × thousands of rows made the comparison sort their cost.
// Same order as Float32Array.prototype.sort for finite values (−0 before 0). Four byte-wide digits of one
// 32-bit key per value; a digit every value shares is skipped.

const RADIX = 256;
const DIGITS = 4;

/**
 * A sort for arrays of up to `capacity` values, reusing its buffers from one call to the next (allocating
 * them for each of hundreds of columns cost more than sorting).
 */
export function radixSorter(capacity: number): (values: Float32Array) => Float32Array {
  // Int32 keys, not Uint32: V8 keeps int32 values unboxed, while uint32 values over 2³¹ become doubles.
  const buffers = [new Int32Array(capacity), new Int32Array(capacity)] as const;
  const counts = new Int32Array(DIGITS * RADIX);
  return (values) => {
    if (values.length > capacity) throw new RangeError(`radixSorter: ${values.length} values, capacity ${capacity}`);
    counts.fill(0);
    return sortWith(values, buffers[0], buffers[1], counts);
  };
}

function sortWith(values: Float32Array, first: Int32Array, second: Int32Array, counts: Int32Array): Float32Array {
  const n = values.length;
  let keys = first;
  let spare = second;
  const bits = new Int32Array(values.buffer, values.byteOffset, n);
  for (let i = 0; i < n; i++) {
    const value = bits[i]!;
    // Order-preserving keys (as unsigned 32-bit): every bit flipped for negatives, the sign bit for the rest.
    const key = value < 0 ? ~value : value ^ 0x80000000;
    keys[i] = key;
    counts[key & 0xff]!++;
    counts[RADIX + ((key >>> 8) & 0xff)]!++;
    counts[2 * RADIX + ((key >>> 16) & 0xff)]!++;
    counts[3 * RADIX + (key >>> 24)]!++;
  }
  for (let digit = 0; digit < DIGITS; digit++) {
    const base = digit * RADIX;
    const shift = 8 * digit;
    if (counts[base + ((keys[0]! >>> shift) & 0xff)] === n) continue; // every value has this digit
    let total = 0;
    for (let b = 0; b < RADIX; b++) {
      const count = counts[base + b]!;
      counts[base + b] = total;
      total += count;
    }
    for (let i = 0; i < n; i++) {
      const key = keys[i]!;
      spare[counts[base + ((key >>> shift) & 0xff)]!++] = key;
    }
    const sorted = spare;
    spare = keys;
    keys = sorted;
  }
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    bits[i] = key < 0 ? key & 0x7fffffff : ~key;
  }
  return values;
}
