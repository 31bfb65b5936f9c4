import { createHash } from "node:crypto";

// Rows are split by job, never within one: the scorer must generalise to jobs it has not seen (zero-shot),
// so a job's outcomes are either all for fitting or all held out. Jobs are ordered by a seeded hash of
// their key (SHA-256, so similar keys such as job_020 and job_021 land far apart) — deterministic, and
// independent of the order rows were read in.

export interface Grouped {
  /** The job a row was scored against (its stored id, or its title for payloads without one). */
  group: string;
}

function groupsInHashOrder(rows: readonly Grouped[], seed: string): string[] {
  const groups = [...new Set(rows.map((row) => row.group))];
  return groups
    .map((group) => ({ group, hash: createHash("sha256").update(`${seed}\u0000${group}`).digest("hex") }))
    .sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0))
    .map((entry) => entry.group);
}

/** Holds out whole jobs, in hash order, until at least `heldOutShare` of the rows are held out. */
export function splitByGroup<T extends Grouped>(
  rows: readonly T[],
  { heldOutShare, seed }: { heldOutShare: number; seed: string },
): { training: T[]; heldOut: T[]; heldOutGroups: string[] } {
  const perGroup = new Map<string, number>();
  for (const row of rows) perGroup.set(row.group, (perGroup.get(row.group) ?? 0) + 1);
  const heldOutGroups: string[] = [];
  let heldOutRows = 0;
  for (const group of groupsInHashOrder(rows, seed)) {
    if (heldOutRows >= heldOutShare * rows.length) break;
    heldOutGroups.push(group);
    heldOutRows += perGroup.get(group)!;
  }
  const held = new Set(heldOutGroups);
  return {
    training: rows.filter((row) => !held.has(row.group)),
    heldOut: rows.filter((row) => held.has(row.group)),
    heldOutGroups,
  };
}

/** `folds` disjoint sets of whole jobs (dealt in hash order), for choosing the penalty by cross-validation. */
export function groupFolds<T extends Grouped>(
  rows: readonly T[],
  { folds, seed }: { folds: number; seed: string },
): T[][] {
  const foldOf = new Map(groupsInHashOrder(rows, seed).map((group, index) => [group, index % folds]));
  const result: T[][] = Array.from({ length: folds }, () => []);
  for (const row of rows) result[foldOf.get(row.group)!]!.push(row);
  return result;
}
