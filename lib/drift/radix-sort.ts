// Ascending in-place sort of a Float64Array by LSD radix on the values' bits, for the per-component
// Wasserstein distances: thousands of components × thousands of rows made the comparison sort their cost.
// Same order as Float64Array.prototype.sort for finite values, except that −0 sorts (and comes back) as 0.
// Vectors stored as float32 leave the low mantissa bytes zero, and a digit every value shares is skipped.

const RADIX = 256;
const DIGITS = 8;
// Which 32-bit word of a float64 holds the sign and exponent on this machine.
const HIGH = new Int32Array(Float64Array.of(1).buffer)[0] === 0 ? 1 : 0;
const LOW = 1 - HIGH;

/**
 * A sort for arrays of up to `capacity` values, reusing its buffers from one call to the next (allocating
 * them for each of hundreds of columns cost more than sorting).
 */
export function radixSorter(capacity: number): (values: Float64Array) => Float64Array {
  // Int32 words, not Uint32: V8 keeps int32 values unboxed, while uint32 values over 2³¹ become doubles.
  const buffers = [new Int32Array(2 * capacity), new Int32Array(2 * capacity)] as const;
  const counts = new Int32Array(DIGITS * RADIX);
  return (values) => {
    if (values.length > capacity) throw new RangeError(`radixSorter: ${values.length} values, capacity ${capacity}`);
    counts.fill(0);
    return sortWith(values, buffers[0], buffers[1], counts);
  };
}

function sortWith(values: Float64Array, first: Int32Array, second: Int32Array, counts: Int32Array): Float64Array {
  const n = values.length;
  let keys = first;
  let spare = second;
  const words = new Int32Array(values.buffer, values.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    let high = words[2 * i + HIGH]!;
    let low = words[2 * i + LOW]!;
    // Order-preserving keys (as unsigned 64-bit): 2⁶³ + magnitude for positives, 2⁶³ − magnitude for
    // negatives (negation, which keeps zero low bytes zero; −0 meets 0).
    if (high < 0) {
      high = (~high + (low === 0 ? 1 : 0)) | 0;
      low = -low | 0;
    } else high = high | 0x80000000;
    keys[2 * i] = high;
    keys[2 * i + 1] = low;
    for (let digit = 0; digit < 4; digit++) {
      counts[digit * RADIX + ((low >>> (8 * digit)) & 0xff)]!++;
      counts[(digit + 4) * RADIX + ((high >>> (8 * digit)) & 0xff)]!++;
    }
  }
  for (let digit = 0; digit < DIGITS; digit++) {
    const base = digit * RADIX;
    const word = digit < 4 ? 1 : 0;
    const shift = 8 * (digit % 4);
    if (counts[base + ((keys[word]! >>> shift) & 0xff)] === n) continue; // every value has this digit
    let total = 0;
    for (let b = 0; b < RADIX; b++) {
      const count = counts[base + b]!;
      counts[base + b] = total;
      total += count;
    }
    for (let i = 0; i < n; i++) {
      const at = 2 * counts[base + ((keys[2 * i + word]! >>> shift) & 0xff)]!++;
      spare[at] = keys[2 * i]!;
      spare[at + 1] = keys[2 * i + 1]!;
    }
    const sorted = spare;
    spare = keys;
    keys = sorted;
  }
  for (let i = 0; i < n; i++) {
    const high = keys[2 * i]!;
    const low = keys[2 * i + 1]!;
    if (high < 0) {
      words[2 * i + HIGH] = high & 0x7fffffff;
      words[2 * i + LOW] = low;
    } else {
      words[2 * i + HIGH] = (~high + (low === 0 ? 1 : 0)) | 0;
      words[2 * i + LOW] = -low | 0;
    }
  }
  return values;
}
