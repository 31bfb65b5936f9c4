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
  const hashes = new Set<number>();
  for (const word of words(text)) hashes.add(fnv1a(word));
  return Uint32Array.from(hashes).sort();
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
