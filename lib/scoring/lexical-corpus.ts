import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { backgroundCorpus, type LexicalCorpus } from "./signals/lexical";
import { termFrequencies } from "./term-frequencies";

// Document frequencies for lexical relevance come from the stored candidate pool, as a snapshot
// ("LexicalCorpus" + "LexicalTerm") refreshed at start and daily, so a score does not move each time
// a candidate is saved (scoring, saving, and scoring again give the same number). Below MIN_POOL résumés
// the pool says too little about which words are common: the background frequencies of work language
// (O*NET task statements and descriptions) stand in, with a typical résumé length.

const MIN_POOL = 200;
export const TYPICAL_RESUME_TERMS = 300;
const SNAPSHOT_CHECK_MS = 60_000;
const REFRESH_AFTER_MS = 24 * 3600_000;

interface Snapshot {
  documents: number;
  averageLength: number;
  refreshedAt: number;
  checkedAt: number;
  terms: Map<string, number>;
}

let snapshot: Snapshot | null = null;
/** When the database last said there is no snapshot (a fresh database): also checked once a minute. */
let absentCheckedAt: number | null = null;
/** The check in flight: requests arriving together share one read of the snapshot row. */
let checking: Promise<Snapshot | null> | null = null;
let refreshing: Promise<void> | null = null;

async function currentSnapshot(): Promise<Snapshot | null> {
  const now = Date.now();
  if (snapshot && now - snapshot.checkedAt < SNAPSHOT_CHECK_MS) return snapshot;
  if (!snapshot && absentCheckedAt !== null && now - absentCheckedAt < SNAPSHOT_CHECK_MS) return null;
  checking ??= checkSnapshot(now).finally(() => {
    checking = null;
  });
  return checking;
}

async function checkSnapshot(now: number): Promise<Snapshot | null> {
  const row = await db.lexicalCorpus.findUnique({ where: { id: 1 } });
  if (!row) {
    absentCheckedAt = now;
    return (snapshot = null);
  }
  absentCheckedAt = null;
  const refreshedAt = row.refreshedAt.getTime();
  if (!snapshot || snapshot.refreshedAt !== refreshedAt) {
    snapshot = {
      documents: row.documents,
      averageLength: row.averageLength,
      refreshedAt,
      checkedAt: now,
      terms: new Map(),
    };
  } else snapshot.checkedAt = now;
  if (now - refreshedAt > REFRESH_AFTER_MS) void refreshLexicalCorpusOnce();
  return snapshot;
}

/** The corpus to score the given query terms against (frequencies of those terms loaded once per snapshot). */
export async function lexicalCorpus(terms: Iterable<string>): Promise<LexicalCorpus> {
  const current = await currentSnapshot();
  if (!current || current.documents < MIN_POOL) {
    return backgroundCorpus(current && current.documents > 0 ? current.averageLength : TYPICAL_RESUME_TERMS);
  }
  const frequencies = await termFrequencies(current.terms, terms, (missing) =>
    db.lexicalTerm.findMany({ where: { term: { in: missing } }, select: { term: true, documents: true } }),
  );
  return {
    version: `pool:${current.refreshedAt}`,
    documents: current.documents,
    averageLength: current.averageLength,
    documentFrequency: (term) => frequencies.get(term) ?? 0,
  };
}

const REFRESH_TIMEOUT_MS = 10 * 60_000;

/** Recounts the pool's document frequencies in SQL and replaces the snapshot, in one transaction. */
export async function refreshLexicalCorpus(): Promise<{ documents: number; terms: number }> {
  const [, terms, corpus] = await db.$transaction(
    [
      db.$executeRaw`DELETE FROM "LexicalTerm"`,
      db.$executeRaw`INSERT INTO "LexicalTerm" ("term", "documents")
      SELECT term, count(*)::int FROM "Candidate", unnest("resumeStems", "resumeStemCounts") AS stem(term, uses)
      WHERE uses > 0 GROUP BY term HAVING count(*) >= 2`,
      db.$queryRaw<
        { documents: number }[]
      >`INSERT INTO "LexicalCorpus" ("id", "documents", "averageLength", "refreshedAt")
      SELECT 1, count(*)::int, coalesce(avg("resumeLength"), 0), now() FROM "Candidate" WHERE "resumeLength" > 0
      ON CONFLICT ("id") DO UPDATE SET "documents" = excluded."documents", "averageLength" = excluded."averageLength",
        "refreshedAt" = excluded."refreshedAt"
      RETURNING "documents"`,
    ],
    // Recounting 300,000 résumés took 11 s on a loaded machine, past Prisma's default of 5 s.
    { timeout: REFRESH_TIMEOUT_MS },
  );
  snapshot = null;
  absentCheckedAt = null;
  return { documents: corpus[0]?.documents ?? 0, terms };
}

/** One refresh at a time per process; failures are logged, scoring goes on with the old snapshot. */
export function refreshLexicalCorpusOnce(): Promise<void> {
  refreshing ??= refreshLexicalCorpus()
    .then((result) => log.info("Refreshed lexical document frequencies", result))
    .catch((error: unknown) => log.warn("Refreshing lexical document frequencies failed", { error }))
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** At start: refresh the snapshot when there is none, it is a day old, or the pool grew or shrank by a tenth. */
export async function ensureLexicalCorpus(): Promise<void> {
  const [row, documents] = await Promise.all([
    db.lexicalCorpus.findUnique({ where: { id: 1 } }),
    db.candidate.count({ where: { resumeLength: { gt: 0 } } }),
  ]);
  const stale =
    !row ||
    Date.now() - row.refreshedAt.getTime() > REFRESH_AFTER_MS ||
    Math.abs(documents - row.documents) > Math.max(10, row.documents * 0.1);
  if (stale) await refreshLexicalCorpusOnce();
}
