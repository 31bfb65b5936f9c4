import { bestFirst, type RankingEntry } from "./rank-entries";

// A cached ranking brought up to date with the candidates saved since, instead of being computed again: the
// job, the lexical frequencies and the model are the same, so every other candidate's exact score is too.
// Those saved are scored again (kept only where the ranking's filters keep them), those removed leave it.
// With syncs running, a pool of 1,000,000 changes every few seconds; computing again took 3–4 s a request,
// later pages included.

/** A ranking is refreshed while at most this many candidates were saved since it last was (each is scored exactly). */
export const REFRESHED_UP_TO = 2_000;
/** How many of the latest saves a refresh looks at: those it scored already, and those it has not. */
export const SAVES_LOOKED_AT = 10_000;
/**
 * Nor more than this many of its entries fell since it was computed (removed, filtered out, or scoring lower
 * than they did): each leaves a place among the best to an unchanged candidate, which retrieval found only as
 * deep as it looked. The first page stays exact while it found the best 100 unchanged (at 1,000,000 it scores
 * 1,001 in its refined order, where the exact best 50 were the refined best 50: retrieve-candidates.ts).
 */
export const FALLEN_UP_TO = 50;

/** A ranking as computed or last refreshed: what the next refresh starts from. */
export interface RefreshableRanking {
  /** Best first. */
  entries: RankingEntry[];
  /** The pool's latest save when it was computed or refreshed (poolStamp's `latest`). */
  watermark: string | null;
  /** The saves looked at last time (candidate id → its save's time): already scored, or not kept. */
  accounted: ReadonlyMap<string, string>;
  /** How many entries fell since it was computed. */
  fallen: number;
}

/** A save near or past a ranking's watermark (savedSince): its candidate, the save's time, whether the filters keep it. */
export interface Save {
  id: string;
  savedAt: string;
  kept: boolean;
}

/** These saves as a ranking accounts for them: scored as they were. */
export const accountedFor = (saves: readonly Save[]) => new Map(saves.map((save) => [save.id, save.savedAt]));

/** Which of these saves a ranking has not accounted for: the candidates to score again, those of them it keeps. */
export function newSaves(ranking: RefreshableRanking, saves: readonly Save[]): { saved: Set<string>; kept: string[] } {
  const fresh = saves.filter((save) => ranking.accounted.get(save.id) !== save.savedAt);
  return {
    saved: new Set(fresh.map((save) => save.id)),
    kept: fresh.filter((save) => save.kept).map((save) => save.id),
  };
}

/**
 * The ranking without the candidates saved since or removed, with those saved scored again; null when too
 * many fell since it was computed for it to stay exact.
 */
export function refreshedRanking(
  ranking: RefreshableRanking,
  change: {
    saves: readonly Save[];
    saved: ReadonlySet<string>;
    stored: ReadonlySet<string>;
    rescored: readonly RankingEntry[];
    watermark: string | null;
  },
): RefreshableRanking | null {
  const again = new Map(change.rescored.map((entry) => [entry.candidateId, entry]));
  const unchanged: RankingEntry[] = [];
  let fallen = ranking.fallen;
  for (const entry of ranking.entries) {
    if (!change.stored.has(entry.candidateId)) fallen++;
    else if (!change.saved.has(entry.candidateId)) unchanged.push(entry);
    else {
      const now = again.get(entry.candidateId);
      if (!now || bestFirst(now, entry) > 0) fallen++;
    }
  }
  if (fallen > FALLEN_UP_TO) return null;
  return {
    entries: [...unchanged, ...change.rescored].sort(bestFirst),
    watermark: change.watermark,
    accounted: accountedFor(change.saves),
    fallen,
  };
}
