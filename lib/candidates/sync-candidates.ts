import "server-only";
import type { Actor } from "@/lib/auth";
import { db, sqlStateOf } from "@/lib/db";
import { AppError, Invalid } from "@/lib/errors";
import { candidateRecords, type CandidateColumns, type CandidateInput } from "./candidate-record";
import { insertCandidates, replaceCandidates } from "./write-candidates";

export type SyncCandidate = CandidateInput & { externalId: string };

/** One item of a sync batch: a candidate to write, or why the caller's item was refused already. */
export type SyncItem = SyncCandidate | AppError;

export type SyncOutcome =
  { ok: true; id: string; externalId: string; created: boolean } | { ok: false; error: AppError };

type SyncRecord = CandidateColumns & { externalId: string };

const UNIQUE_VIOLATION = "23505";

/**
 * Creates or replaces many candidates by the ids an ATS knows them by, each stored exactly as a single
 * upsert stores it. Refused items are answered in their slot and never stop the others; the accepted ones
 * are written in one transaction (one insert for the new ones, one update for the known ones), so the
 * batch is stored whole or not at all.
 */
export async function upsertCandidatesByExternalId({
  ctx,
  input,
}: {
  ctx: Actor;
  input: { items: SyncItem[] };
}): Promise<SyncOutcome[]> {
  const firstIndexOf = new Map<string, number>();
  const refused = input.items.map((item, index): AppError | null => {
    if (item instanceof AppError) return item;
    const earlier = firstIndexOf.get(item.externalId);
    if (earlier === undefined) {
      firstIndexOf.set(item.externalId, index);
      return null;
    }
    // Two versions of one candidate in a batch: which one the caller meant is unclear, so the first is kept.
    return new Invalid(`Item ${index} repeats the external_id of item ${earlier}.`, [
      { path: `items.${index}.external_id`, message: `is also the external_id of item ${earlier}` },
    ]);
  });
  const accepted = input.items.filter((item, index): item is SyncCandidate => refused[index] === null);
  const records = await candidateRecords({ ctx, inputs: accepted });
  const written = await writeByExternalId(
    records.map((record, index) => ({ ...record, externalId: accepted[index]!.externalId })),
  );
  return input.items.map((item, index): SyncOutcome => {
    if (item instanceof AppError) return { ok: false, error: item };
    const error = refused[index];
    if (error) return { ok: false, error };
    return { ok: true, externalId: item.externalId, ...written.get(item.externalId)! };
  });
}

async function writeByExternalId(records: SyncRecord[]): Promise<Map<string, { id: string; created: boolean }>> {
  try {
    return await writeOnce(records);
  } catch (error) {
    // Another request created one of these candidates meanwhile: it now exists and is replaced.
    if (sqlStateOf(error) === UNIQUE_VIOLATION) return writeOnce(records);
    throw error;
  }
}

function writeOnce(records: SyncRecord[]): Promise<Map<string, { id: string; created: boolean }>> {
  return db.$transaction(
    async (tx) => {
      const existing = await tx.candidate.findMany({
        where: { externalId: { in: records.map((record) => record.externalId) } },
        select: { id: true, externalId: true },
      });
      const idOf = new Map(existing.map((row) => [row.externalId!, row.id]));
      const fresh = records.filter((record) => !idOf.has(record.externalId));
      const created = await insertCandidates(tx, fresh);
      const written = new Map(created.map((row) => [row.externalId!, { id: row.id, created: true }]));
      const known = records.flatMap((record) => {
        const id = idOf.get(record.externalId);
        return id === undefined ? [] : [{ id, record }];
      });
      await replaceCandidates(tx, known);
      for (const { id, record } of known) written.set(record.externalId, { id, created: false });
      return written;
    },
    // 500 candidates written on a loaded database may take longer than the default 5 s.
    { timeout: 60_000 },
  );
}
