import "server-only";
import { dbDriver, STORED_CANDIDATES_SQL } from "@/lib/db";
import { decodeWordHashes, hasWordHash } from "@/lib/util/words";
import { splitJoined } from "./joined-arrays";
import { mayCopyPosting } from "./posting-copies";
import { copiedPostings, type CopiedPosting } from "./saved-posting-copies";
import type { PreparedCandidate } from "./prepared";
import { keptBy, type SqlWithParams, sqlParameters } from "./sql-params";
import type { Save } from "./ranking-refresh";
import { prepareStoredCandidate, type StoredCandidate } from "./stored";

/** A stored candidate decoded for ranking; only locality depends on the job. */
export interface PooledCandidate {
  id: string;
  fullName: string;
  location: string | null;
  prepared: Omit<PreparedCandidate, "isLocal">;
  /** What the résumé copies from the postings of the jobs it is read for, by posting (only those it copies). */
  copied?: ReadonlyMap<string, CopiedPosting>;
}

// Stored candidates in the shape the ranking reads, a few thousand at a time (never the whole pool).
// Vectors and word hashes travel as base64 and skill lists as one joined string: the drivers' own bytea
// and text[] parsers cost more than scoring the rows.

const COLUMNS = `"id", "fullName", "location", "seniority", "yearsExperienceRange", "educationLevel", "fieldOfStudy",
  "hasDegree", "hasEmail", "hasPhone", "hasLinkedin", "hasAddress", "completenessScore", "embeddingModel", "updatedAt",
  array_to_string("technicalSkills", chr(31)) AS "technicalSkills", array_to_string("softSkills", chr(31)) AS "softSkills",
  array_to_string("tools", chr(31)) AS "tools", array_to_string("mentionedSkills", chr(31)) AS "mentionedSkills",
  array_to_string("listedOnlySkills", chr(31)) AS "listedOnlySkills",
  array_to_string("skillListSegments", chr(31)) AS "skillListSegments",
  array_to_string("resumeStems", chr(31)) AS "resumeStems", array_to_string("resumeStemCounts", chr(31)) AS "resumeStemCounts",
  "resumeLength", array_to_string("occupationCodes", chr(31)) AS "occupationCodes",
  array_to_string("occupationConfidence", chr(31)) AS "occupationConfidence",
  encode("embedding", 'base64') AS "embedding", encode("resumeWords", 'base64') AS "resumeWords",
  encode("resumeStemSegments", 'base64') AS "resumeStemSegments"`;

/** A stored candidate as the database sends it, not yet decoded. */
export interface CandidateRow {
  id: string;
  fullName: string;
  location: string | null;
  seniority: string | null;
  yearsExperienceRange: string | null;
  educationLevel: string | null;
  fieldOfStudy: string | null;
  hasDegree: boolean | null;
  hasEmail: boolean | null;
  hasPhone: boolean | null;
  hasLinkedin: boolean | null;
  hasAddress: boolean | null;
  completenessScore: number | null;
  embeddingModel: string | null;
  updatedAt: Date | string;
  technicalSkills: string | null;
  softSkills: string | null;
  tools: string | null;
  mentionedSkills: string | null;
  listedOnlySkills: string | null;
  skillListSegments: string | null;
  resumeStems: string | null;
  resumeStemCounts: string | null;
  resumeLength: number;
  occupationCodes: string | null;
  occupationConfidence: string | null;
  embedding: string | null;
  resumeWords: string | null;
  resumeStemSegments: string | null;
  copied?: ReadonlyMap<string, CopiedPosting>;
}

const bytes = (base64: string | null) => (base64 === null ? null : new Uint8Array(Buffer.from(base64, "base64")));

/** A row decoded for scoring: its lists, vector and résumé reading. */
export function pooledCandidate(row: CandidateRow): PooledCandidate {
  const stored: StoredCandidate = {
    ...row,
    technicalSkills: splitJoined(row.technicalSkills),
    softSkills: splitJoined(row.softSkills),
    tools: splitJoined(row.tools),
    mentionedSkills: splitJoined(row.mentionedSkills),
    listedOnlySkills: splitJoined(row.listedOnlySkills),
    skillListSegments: splitJoined(row.skillListSegments).map(Number),
    resumeStems: splitJoined(row.resumeStems),
    resumeStemCounts: splitJoined(row.resumeStemCounts).map(Number),
    occupationCodes: splitJoined(row.occupationCodes),
    occupationConfidence: splitJoined(row.occupationConfidence).map(Number),
    embedding: bytes(row.embedding),
    resumeWords: bytes(row.resumeWords),
    resumeStemSegments: bytes(row.resumeStemSegments),
  };
  // The same preparation as scoring one stored candidate (v1), so rankings and v1 scores agree.
  const noJob = { location: null, workArrangement: null, title: "", description: "" };
  const { isLocal: _dependsOnJob, ...prepared } = prepareStoredCandidate(stored, noJob);
  const pooled: PooledCandidate = { id: row.id, fullName: row.fullName, location: row.location, prepared };
  if (row.copied) pooled.copied = row.copied;
  return pooled;
}

/**
 * The rows with what their résumés copy from the jobs' postings: the few a ranking must read again without
 * the copied lines (posting-copies.ts). Only résumés whose words may copy a posting are read, in one query
 * for the chunk; none for most chunks.
 */
async function withCopiedPostings(rows: CandidateRow[], postings: readonly string[]): Promise<CandidateRow[]> {
  const copying = rows.filter((row) => {
    if (row.resumeWords === null) return false;
    const words = decodeWordHashes(bytes(row.resumeWords)!);
    return postings.some((posting) => mayCopyPosting((word) => hasWordHash(words, word), posting));
  });
  if (copying.length === 0) return rows;
  const texts = await dbDriver().query<{ id: string; resumeText: string }>(
    `SELECT "id", "resumeText" FROM "Candidate" WHERE "id" = ANY($1::text[])`,
    [copying.map((row) => row.id)],
  );
  const copiedBy = await copiedPostings(texts, postings);
  return rows.map((row) => (copiedBy.has(row.id) ? { ...row, copied: copiedBy.get(row.id)! } : row));
}

/** The rows of the candidates with these ids (in no particular order), not yet decoded, to score for jobs with these postings. */
export async function readCandidateRowsById(
  ids: readonly string[],
  postings: readonly string[],
): Promise<CandidateRow[]> {
  if (ids.length === 0) return [];
  const rows = await dbDriver().query<CandidateRow>(`SELECT ${COLUMNS} FROM "Candidate" WHERE "id" = ANY($1::text[])`, [
    ids,
  ]);
  return withCopiedPostings(rows, postings);
}

/** The candidates with these ids (in no particular order), to score for jobs with these postings. */
export async function readCandidatesById(
  ids: readonly string[],
  postings: readonly string[],
): Promise<PooledCandidate[]> {
  return (await readCandidateRowsById(ids, postings)).map(pooledCandidate);
}

/** Up to `limit` candidates in id order after `afterId` (up to `upTo`): the pool, read a chunk at a time. */
export async function readCandidatesAfter(
  afterId: string,
  limit: number,
  upTo: string | null,
  postings: readonly string[],
): Promise<PooledCandidate[]> {
  const rows = await dbDriver().query<CandidateRow>(
    `SELECT ${COLUMNS} FROM "Candidate" WHERE "id" > $1 AND ($3::text IS NULL OR "id" <= $3) ORDER BY "id" LIMIT $2`,
    [afterId, limit, upTo],
  );
  return (await withCopiedPostings(rows, postings)).map(pooledCandidate);
}

/**
 * Changes whenever any candidate is saved, changed or removed: what a cached ranking depends on. `latest` is
 * the latest save's time, as the database's text (the watermark a refresh looks past: ranking-refresh.ts).
 * The count is the one the database keeps as candidates are written (lib/db/candidate-count.ts) and the latest
 * time one step down an index: counting the pool itself took ~160 ms at 1,000,000, on every page.
 */
export async function poolStamp(): Promise<{ count: number; latest: string | null; stamp: string }> {
  const [row] = await dbDriver().query<{ count: number | string; latest: string | null }>(
    `SELECT ${STORED_CANDIDATES_SQL} AS "count", (SELECT max("updatedAt") FROM "Candidate")::text AS "latest"`,
  );
  const count = Number(row?.count ?? 0);
  const latest = row?.latest ?? null;
  return { count, latest, stamp: `${count}|${latest ?? ""}` };
}

// A write commits after its `updatedAt` was set (a sync's transaction may take up to a minute), by an
// instance whose clock may be behind: a ranking computed meanwhile did not see it, though its time is
// before the latest save the ranking saw. Saves this long before it are looked at again too (those already
// scored are known by their time: ranking-refresh.ts).
export const LATE_COMMITS_MS = 2 * 60_000;

/**
 * The saves since about `watermark` (poolStamp's `latest` when a ranking was computed or refreshed), each with
 * whether the ranking's filters keep its candidate; null when more than `limit`.
 */
export async function savedSince(
  watermark: string | null,
  within: SqlWithParams | undefined,
  limit: number,
): Promise<Save[] | null> {
  const { params, param } = sqlParameters();
  const since =
    watermark === null
      ? "TRUE"
      : `"updatedAt" > ${param(watermark, "timestamp(3)")} - interval '${LATE_COMMITS_MS} milliseconds'`;
  const rows = await dbDriver().query<{ id: string; savedAt: string; kept: boolean | null }>(
    `SELECT "id", "updatedAt"::text AS "savedAt", ${keptBy(within, param)} AS "kept"
       FROM "Candidate" WHERE ${since} LIMIT ${Number(limit) + 1}`,
    params,
  );
  if (rows.length > limit) return null;
  return rows.map((row) => ({ id: row.id, savedAt: row.savedAt, kept: row.kept === true }));
}

/** Of these candidates, those still stored. */
export async function stillStored(ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await dbDriver().query<{ id: string }>(`SELECT "id" FROM "Candidate" WHERE "id" = ANY($1::text[])`, [
    ids,
  ]);
  return new Set(rows.map((row) => row.id));
}
