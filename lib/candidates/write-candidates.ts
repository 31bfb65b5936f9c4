import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CandidateColumns } from "./candidate-record";

// A sync batch writes its candidates in two statements: one INSERT for the new ones, one
// `UPDATE … FROM (VALUES …)` for the known ones. Prisma's createMany spent about 1.4 ms of CPU a row
// compiling the query (more than reading the résumé), and an UPDATE each was a round trip each. Every
// column is written, cast to its type; the type map must name every column (TypeScript checks it against
// the model), so a column added to Candidate cannot be left out.

const COLUMN_TYPES: Record<keyof CandidateColumns, string> = {
  externalId: "text",
  fullName: "text",
  email: "text",
  phone: "text",
  linkedinUrl: "text",
  location: "text",
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
  resumeLength: "integer",
  occupationCodes: "text[]",
  occupationConfidence: "double precision[]",
  readingVersion: "integer",
  embedding: "bytea",
  embeddingModel: "text",
};

const COLUMNS = Object.keys(COLUMN_TYPES) as (keyof CandidateColumns)[];
const COLUMN_LIST = Prisma.raw(COLUMNS.map((column) => `"${column}"`).join(", "));
// 500 candidates of 33 values each stay far below PostgreSQL's 65,535 parameters a statement.
const ROWS_PER_STATEMENT = 1_000;

function valuesOf(record: CandidateColumns): Prisma.Sql {
  return Prisma.join(
    COLUMNS.map((column) => {
      const value = record[column];
      // Prisma would leave such a column out; here it would be written as null.
      if (value === undefined) throw new Error(`A candidate record gives no ${column}.`);
      return Prisma.sql`${value}::${Prisma.raw(COLUMN_TYPES[column])}`;
    }),
  );
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
    const values = part.map((record) => Prisma.sql`(${randomUUID()}, ${now}, ${now}, ${valuesOf(record)})`);
    created.push(
      ...(await tx.$queryRaw<{ id: string; externalId: string | null }[]>`
        INSERT INTO "Candidate" (id, "createdAt", "updatedAt", ${COLUMN_LIST})
        VALUES ${Prisma.join(values)}
        RETURNING id, "externalId"`),
    );
  }
  return created;
}

/** Writes every column of each record over the candidate with its id, as `update({ data: record })` would. */
export async function replaceCandidates(
  tx: Prisma.TransactionClient,
  rows: readonly { id: string; record: CandidateColumns }[],
): Promise<void> {
  const updatedAt = new Date();
  for (const part of chunks(rows)) {
    const values = part.map(({ id, record }) => Prisma.sql`(${id}, ${valuesOf(record)})`);
    await tx.$executeRaw`
      UPDATE "Candidate" AS c
      SET ${Prisma.join(COLUMNS.map((column) => Prisma.raw(`"${column}" = v."${column}"`)))}, "updatedAt" = ${updatedAt}
      FROM (VALUES ${Prisma.join(values)}) AS v(id, ${COLUMN_LIST})
      WHERE c.id = v.id`;
  }
}
