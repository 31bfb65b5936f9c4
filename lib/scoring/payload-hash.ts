import crypto from "node:crypto";

// Long numeric arrays (embedding vectors) enter the canonical form as a digest of their float64 bytes:
// formatting hundreds of doubles as text costs more than the rest of a score.
const VECTOR_MIN_LENGTH = 16;

function isNumericVector(value: unknown[]): value is number[] {
  return value.length >= VECTOR_MIN_LENGTH && value.every((item) => typeof item === "number");
}

function vectorDigest(vector: number[]): string {
  const bytes = new Uint8Array(Float64Array.from(vector).buffer);
  return `f64:${vector.length}:${crypto.createHash("sha256").update(bytes).digest("base64")}`;
}

/** A canonical text of a JSON value: object keys sorted, vectors digested. Equal payloads give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    if (isNumericVector(value)) return JSON.stringify(vectorDigest(value));
    // Skill lists and short arrays hold only primitives: serialise them natively, in one call.
    if (value.every((item) => item === null || typeof item !== "object")) return JSON.stringify(value);
    return `[${value.map(canonicalJson).join(",")}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Identifies a payload for idempotency: equal for payloads that mean the same, whatever the key order. */
export function payloadHash(payload: unknown): string {
  return crypto.createHash("sha256").update(canonicalJson(payload)).digest("hex");
}
