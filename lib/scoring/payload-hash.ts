import crypto from "node:crypto";
import { isNumberArray } from "@/lib/util/number-array";

// Long numeric arrays (embedding vectors) enter the canonical form as a digest of their float64 bytes,
// `f64:<dimension>:<sha256>`: formatting hundreds of doubles as text costs more than the rest of a score,
// and the vectors are stored once already, as bytes, beside the snapshot. Shorter arrays stay as they are
// (they are smaller than their digest).
const VECTOR_MIN_LENGTH = 16;

// A vector's float64 bytes are copied into this scratch space and hashed in place, nothing allocated per
// vector. Vectors longer than it (the payload allows 4,096 dimensions) get a buffer of their own, so a huge
// array cannot pin memory. No loop of ours reads the items: it would see vectors and long skill lists alike,
// and V8 would box every vector's doubles (lib/util/number-array.ts).
const scratch = new Float64Array(4096);

/** `f64:<dimension>:<sha256 of the float64 bytes>`, or null when `value` is not a long array of numbers. */
function vectorDigest(value: unknown[]): string | null {
  if (value.length < VECTOR_MIN_LENGTH || !isNumberArray(value)) return null;
  const doubles = value.length <= scratch.length ? scratch : new Float64Array(value.length);
  doubles.set(value as number[]);
  // crypto.hash: one call, without the Hash stream object createHash builds. Given as bytes: a Float64Array
  // took it three times as long (15 against 5 µs a vector).
  const bytes = new Uint8Array(doubles.buffer, 0, value.length * Float64Array.BYTES_PER_ELEMENT);
  return `f64:${value.length}:${crypto.hash("sha256", bytes, "base64")}`;
}

/** A canonical text of a JSON value: object keys sorted, vectors digested. Equal payloads give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    const digest = vectorDigest(value);
    if (digest !== null) return `"${digest}"`; // base64 and digits: nothing to escape
    // Skill lists and short arrays hold only primitives: serialise them natively, in one call.
    if (value.every((item) => item === null || typeof item !== "object")) return JSON.stringify(value);
    return `[${value.map(canonicalJson).join(",")}]`;
  }
  if (value !== null && typeof value === "object") return canonicalObject(value as Record<string, unknown>);
  return JSON.stringify(value) ?? "null";
}

// Built by appending, without an array of entries per object: a payload is mostly small objects.
function canonicalObject(value: Record<string, unknown>): string {
  let text = "";
  for (const key of sortedKeys(value)) {
    const item = value[key];
    if (item === undefined) continue;
    text += `${text ? "," : ""}${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `{${text}}`;
}

// Objects of a payload have at most a few keys: sorted by insertion in place, as sort() would allocate a
// work array for each (7 kB a score). A larger object (no payload holds one) is sorted by sort() itself.
const INSERTION_SORTED_KEYS = 16;

/** The object's keys in UTF-16 code unit order (as `<` compares strings, and sort() without a comparator). */
function sortedKeys(value: object): string[] {
  const keys = Object.keys(value);
  if (keys.length > INSERTION_SORTED_KEYS) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    let j = i - 1;
    for (; j >= 0 && keys[j]! > key; j--) keys[j + 1] = keys[j]!;
    keys[j + 1] = key;
  }
  return keys;
}

/**
 * A payload's snapshot for the inference log and its idempotency hash, from one serialisation: the canonical
 * text (everything the caller sent, supplied vectors as their dimension and digest) and its SHA-256, equal
 * for payloads that mean the same whatever their key order.
 */
export function payloadSnapshot(payload: unknown): { text: string; hash: string } {
  const text = canonicalJson(payload);
  return { text, hash: crypto.hash("sha256", text, "hex") };
}
