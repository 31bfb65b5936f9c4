import { fnv1a } from "./fnv1a";

/** Lowercase words without accents: "Zürich C++ engineer" → ["zurich", "c++", "engineer"]. */
export function words(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .match(/[a-z0-9+#]+/g) ?? []
  );
}

/** Distinct words of a text as sorted 32-bit hashes: a compact, searchable stand-in for its vocabulary. */
export function wordHashes(text: string): Uint32Array {
  // Sorted in a typed array, then each kept once: no set of boxed numbers (hashes pass 2^31).
  const all = words(text);
  const hashes = new Uint32Array(all.length);
  for (let index = 0; index < all.length; index++) hashes[index] = fnv1a(all[index]!);
  hashes.sort();
  let distinct = 0;
  for (const hash of hashes) if (distinct === 0 || hash !== hashes[distinct - 1]) hashes[distinct++] = hash;
  return hashes.slice(0, distinct);
}

export function hasWordHash(sorted: Uint32Array, word: string): boolean {
  const target = fnv1a(word);
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = sorted[middle]!;
    if (value === target) return true;
    if (value < target) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

export function encodeWordHashes(hashes: Uint32Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hashes.length * 4);
  const view = new DataView(bytes.buffer);
  hashes.forEach((hash, index) => view.setUint32(index * 4, hash, true));
  return bytes;
}

export function decodeWordHashes(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hashes = new Uint32Array(Math.floor(bytes.byteLength / 4));
  for (let i = 0; i < hashes.length; i++) hashes[i] = view.getUint32(i * 4, true);
  return hashes;
}
