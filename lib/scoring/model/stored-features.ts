import { SIGNALS, type FeatureVector } from "@/lib/vocabulary/signals";

/**
 * A feature vector as stored on an inference (JSON), read back leniently: a numeric signal that is absent
 * or not a finite number is unknown (null, so it contributes nothing), a categorical one becomes "unknown".
 * Vectors logged before a signal existed therefore still score under a newer model.
 */
export function storedFeatureVector(stored: unknown): FeatureVector {
  const record = typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>) : {};
  const vector: Record<string, number | string | null> = {};
  for (const { name, kind } of SIGNALS) {
    const value = record[name];
    vector[name] =
      kind === "numeric"
        ? typeof value === "number" && Number.isFinite(value)
          ? value
          : null
        : typeof value === "string"
          ? value
          : "unknown";
  }
  return vector as FeatureVector;
}
