import type { ScoringModel } from "./model";

// The active model is read from the database and kept for a few seconds per process: every instance
// picks up a newly activated version within CACHE_MS, and rankings are keyed by the version they used.
const CACHE_MS = 5_000;

let cached: { model: ScoringModel; at: number } | null = null;
/**
 * The read in flight. Requests arriving while the kept model has expired share it: under load, each of the
 * ~32 scores in flight used to read and parse the model itself every CACHE_MS.
 */
let reading: Promise<ScoringModel> | null = null;

export function cachedActiveModel(now: number): ScoringModel | null {
  return cached && now - cached.at < CACHE_MS ? cached.model : null;
}

/** The read in flight, or `read` started and kept (as of `now`) once it answers. */
export function sharedActiveModelRead(now: number, read: () => Promise<ScoringModel>): Promise<ScoringModel> {
  if (reading) return reading;
  const started = read()
    .then((model) => {
      if (reading === started) cached = { model, at: now }; // not a read an activation made stale
      return model;
    })
    .finally(() => {
      if (reading === started) reading = null;
    });
  reading = started;
  return started;
}

/** Drops this process's cached active model and any read in flight (after an activation here). */
export function forgetActiveModel(): void {
  cached = null;
  reading = null;
}
