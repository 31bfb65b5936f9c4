import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CandidateColumns } from "./candidate-record";

// Replacing known candidates in one statement, `UPDATE … FROM (VALUES …)`, instead of an UPDATE each: a
// sync batch replacing 500 candidates made 500 round trips inside its transaction. Every stored column is
// written, each value cast to its column's type; the type map must name every column (TypeScript checks
// it against the model), so a column added to Candidate cannot be silently left out of a replacement.

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
  resumeLength: "integer",
  occupationCodes: "text[]",
  occupationConfidence: "double precision[]",
  readingVersion: "integer",
  embedding: "bytea",
  embeddingModel: "text",
};

const COLUMNS = Object.keys(COLUMN_TYPES) as (keyof CandidateColumns)[];
// 500 candidates of 31 values each stay far below PostgreSQL's 65,535 parameters a statement.
const ROWS_PER_STATEMENT = 1_000;

/** Writes every column of each record over the candidate with its id, as `update({ data: record })` would. */
export async function replaceCandidates(
  tx: Prisma.TransactionClient,
  rows: readonly { id: string; record: CandidateColumns }[],
): Promise<void> {
  const updatedAt = new Date();
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const values = rows
      .slice(start, start + ROWS_PER_STATEMENT)
      .map(
        ({ id, record }) =>
          Prisma.sql`(${id}, ${Prisma.join(
            COLUMNS.map((column) => Prisma.sql`${record[column] ?? null}::${Prisma.raw(COLUMN_TYPES[column])}`),
          )})`,
      );
    await tx.$executeRaw`
      UPDATE "Candidate" AS c
      SET ${Prisma.join(COLUMNS.map((column) => Prisma.raw(`"${column}" = v."${column}"`)))}, "updatedAt" = ${updatedAt}
      FROM (VALUES ${Prisma.join(values)}) AS v(id, ${Prisma.raw(COLUMNS.map((column) => `"${column}"`).join(", "))})
      WHERE c.id = v.id`;
  }
}
