import type { ScoringModel } from "./model";

// The active model is read from the database and kept for a few seconds per process: every instance
// picks up a newly activated version within CACHE_MS, and rankings are keyed by the version they used.
const CACHE_MS = 5_000;

let cached: { model: ScoringModel; at: number } | null = null;

export function cachedActiveModel(now: number): ScoringModel | null {
  return cached && now - cached.at < CACHE_MS ? cached.model : null;
}

export function rememberActiveModel(model: ScoringModel, now: number): void {
  cached = { model, at: now };
}

/** Drops this process's cached active model (after an activation here). */
export function forgetActiveModel(): void {
  cached = null;
}
