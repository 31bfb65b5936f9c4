import "server-only";
import { candidateRecords } from "@/lib/candidates";
import { db, dbDriver } from "@/lib/db";
import { generateDemoCandidates } from "./generate";

// A large candidate pool for benchmarks and retrieval tests, grown in SQL from a few hundred demo profiles
// read as the app reads them. Each generated candidate takes its résumé reading (stems, stated skills,
// occupations) from one profile, its listed skills and levels from a second and its vector from a third,
// chosen so that the combinations do not repeat before the pool holds profiles² candidates. Generated rows
// keep no résumé text: rankings read only the columns saved from it.

const profilePrefix = (tag: string) => `${tag}-profile-`;

/** Stores `count` demo profiles read as the app reads them: the sources a pool named `tag` grows from. */
export async function storeSourceProfiles({ tag, count, now }: { tag: string; count: number; now: Date }) {
  const ctx = { kind: "system", name: "synthetic-pool" } as const;
  const records = await candidateRecords({ ctx, inputs: generateDemoCandidates(now, count, 20261205) });
  await db.candidate.createMany({
    data: records.map((record, index) => ({ ...record, externalId: `${profilePrefix(tag)}${index}` })),
  });
}

/** Generates candidates number `from` to `to` − 1 (ids `<tag>-<number>`) from the pool's source profiles. */
export async function growPool({ tag, from, to }: { tag: string; from: number; to: number }): Promise<void> {
  await dbDriver().query(
    `WITH source AS (
       SELECT (row_number() OVER (ORDER BY "externalId") - 1)::int AS i, *
         FROM "Candidate" WHERE "externalId" LIKE $1 || '%'),
     size AS (SELECT count(*)::int AS n FROM source)
     INSERT INTO "Candidate" ("id", "fullName", "location", "locationKey", "resumeText", "yearsExperienceRange", "seniority",
       "educationLevel", "fieldOfStudy", "hasDegree", "technicalSkills", "softSkills", "tools", "completenessScore",
       "hasEmail", "hasPhone", "hasLinkedin", "hasAddress", "mentionedSkills", "listedOnlySkills", "skillListSegments",
       "resumeWords", "resumeStems", "resumeStemCounts", "resumeStemSegments", "resumeLength", "occupationCodes", "occupationConfidence", "readingVersion", "embedding",
       "embeddingModel", "updatedAt")
     SELECT $4 || '-' || g, 'Candidate ' || $4 || ' ' || to_char(g, 'FM0000000'), listed."location", listed."locationKey", '', listed."yearsExperienceRange",
            listed."seniority", listed."educationLevel", listed."fieldOfStudy", listed."hasDegree", listed."technicalSkills",
            listed."softSkills", listed."tools", listed."completenessScore", listed."hasEmail", listed."hasPhone",
            listed."hasLinkedin", listed."hasAddress", read."mentionedSkills", read."listedOnlySkills", read."skillListSegments", read."resumeWords", read."resumeStems",
            read."resumeStemCounts", read."resumeStemSegments", read."resumeLength", read."occupationCodes", read."occupationConfidence",
            read."readingVersion", vector."embedding", vector."embeddingModel", CURRENT_TIMESTAMP
       FROM generate_series($2::int, $3::int - 1) AS g
       CROSS JOIN size
       JOIN source AS read ON read.i = g % size.n
       JOIN source AS listed ON listed.i = (g + g / size.n) % size.n
       JOIN source AS vector ON vector.i = (g + 3 * (g / size.n) + g / (size.n * size.n)) % size.n`,
    [profilePrefix(tag), from, to, tag],
  );
}
