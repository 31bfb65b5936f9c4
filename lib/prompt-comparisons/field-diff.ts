// Field-level diff of two structured outputs (one JSON object per version): which list items appeared or
// vanished, which values changed. Lists compare as sets of trimmed, lower-cased strings, because an
// extraction that lists the same skills in another order or case says the same thing. Pure.

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export type FieldDiff =
  | { field: string; kind: "list"; same: boolean; added: string[]; removed: string[] }
  | { field: string; kind: "value"; same: boolean; from: Json | undefined; to: Json | undefined };

const normalise = (item: Json) => (typeof item === "string" ? item.trim().toLowerCase() : JSON.stringify(item));

function sameValue(a: Json | undefined, b: Json | undefined): boolean {
  if (typeof a === "string" && typeof b === "string") return a.trim() === b.trim();
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function asObject(value: unknown): Record<string, Json> | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "object" && !Array.isArray(value)) return value as Record<string, Json>;
  return { output: value as Json };
}

export function diffField(field: string, a: Json | undefined, b: Json | undefined): FieldDiff {
  if (Array.isArray(a) && Array.isArray(b)) {
    const left = new Map(a.map((item) => [normalise(item), item]));
    const right = new Map(b.map((item) => [normalise(item), item]));
    const added = [...right.keys()].filter((key) => !left.has(key));
    const removed = [...left.keys()].filter((key) => !right.has(key));
    return { field, kind: "list", same: added.length === 0 && removed.length === 0, added, removed };
  }
  return { field, kind: "value", same: sameValue(a, b), from: a, to: b };
}

/** Every field of either output, in the order the first output lists them; null when either is missing. */
export function diffOutputs(a: unknown, b: unknown): FieldDiff[] | null {
  const left = asObject(a);
  const right = asObject(b);
  if (!left || !right) return null;
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return fields.map((field) => diffField(field, left[field], right[field]));
}
