import "server-only";
import { randomUUID } from "node:crypto";
import { columnArrays, type ColumnTypes } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CandidateColumns } from "./candidate-record";

// A sync batch writes its candidates in two statements, each reading the rows as one array a column
// (lib/db/column-arrays.ts): one INSERT for the new ones, one UPDATE for the known ones. Prisma's
// createMany spent about 1.4 ms of CPU a row compiling the query (more than reading the résumé), and an
// UPDATE each was a round trip each. Every column is written; the type map must name every column
// (TypeScript checks it against the model), so a column added to Candidate cannot be left out.

const COLUMN_TYPES: ColumnTypes<CandidateColumns> = {
  externalId: "text",
  fullName: "text",
  email: "text",
  phone: "text",
  linkedinUrl: "text",
  location: "text",
  locationKey: "text",
  resumeText: "text",
  yearsExperienceRange: "text",
  seniority: "text",
  educationLevel: "text",
  fieldOfStudy: "text",
  hasDegree: "boolean",
  technicalSkills: "text[]",
  softSkills: "text[]",
  tools: "text[]",
  completenessScore: "double precision",
  hasEmail: "boolean",
  hasPhone: "boolean",
  hasLinkedin: "boolean",
  hasAddress: "boolean",
  mentionedSkills: "text[]",
  resumeWords: "bytea",
  resumeStems: "text[]",
  resumeStemCounts: "integer[]",
  resumeStemSegments: "bytea",
  listedOnlySkills: "text[]",
  skillListSegments: "integer[]",
  resumeLength: "integer",
  occupationCodes: "text[]",
  occupationConfidence: "double precision[]",
  readingVersion: "integer",
  embedding: "bytea",
  embeddingModel: "text",
};

const COLUMNS = Object.keys(COLUMN_TYPES) as (keyof CandidateColumns)[];
const INSERTED = columnArrays<CandidateColumns & { id: string; createdAt: Date; updatedAt: Date }>({
  id: "text",
  createdAt: "timestamp(3)",
  updatedAt: "timestamp(3)",
  ...COLUMN_TYPES,
});
const INSERT_CANDIDATES = `${INSERTED.insertInto(`"Candidate"`)}
  RETURNING id, "externalId"`;
const REPLACING = columnArrays<CandidateColumns & { id: string }>({ id: "text", ...COLUMN_TYPES }, { first: 2 });
const REPLACE_CANDIDATES = `UPDATE "Candidate" AS c
  SET (${COLUMNS.map((column) => `"${column}"`).join(", ")}) = (${COLUMNS.map((column) => REPLACING.value(column)).join(", ")}),
      "updatedAt" = $1::timestamp(3)
  FROM ${REPLACING.from} WHERE c.id = v.id`;
// Bounds the size of one statement.
const ROWS_PER_STATEMENT = 1_000;

/** The record, checked to give every column: Prisma would leave an undefined one out, here it would be null. */
function complete(record: CandidateColumns): Required<CandidateColumns> {
  for (const column of COLUMNS) {
    if (record[column] === undefined) throw new Error(`A candidate record gives no ${column}.`);
  }
  return record as Required<CandidateColumns>;
}

function chunks<T>(rows: readonly T[]): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    parts.push(rows.slice(start, start + ROWS_PER_STATEMENT));
  }
  return parts;
}

/** Creates the candidates, each with a new id, and answers their ids with their external ids. */
export async function insertCandidates(
  tx: Prisma.TransactionClient,
  records: readonly CandidateColumns[],
): Promise<{ id: string; externalId: string | null }[]> {
  const now = new Date();
  const created: { id: string; externalId: string | null }[] = [];
  for (const part of chunks(records)) {
    const rows = part.map((record) => ({ ...complete(record), id: randomUUID(), createdAt: now, updatedAt: now }));
    created.push(
      ...(await tx.$queryRawUnsafe<{ id: string; externalId: string | null }[]>(
        INSERT_CANDIDATES,
        ...INSERTED.parameters(rows),
      )),
    );
  }
  return created;
}

/** Writes every column of each record over the candidate with its id, as `update({ data: record })` would. */
export async function replaceCandidates(
  tx: Prisma.TransactionClient,
  rows: readonly { id: string; record: CandidateColumns }[],
): Promise<void> {
  const updatedAt = new Date().toISOString();
  for (const part of chunks(rows)) {
    const values = part.map(({ id, record }) => ({ ...complete(record), id }));
    await tx.$executeRawUnsafe(REPLACE_CANDIDATES, updatedAt, ...REPLACING.parameters(values));
  }
}
