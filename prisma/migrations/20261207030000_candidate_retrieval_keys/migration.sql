-- Retrieval's keys as one tsvector a candidate (lib/scoring/retrieval-keys.ts builds the queries): a lexeme per
-- fact with its kind as prefix, so kinds never collide — w: a résumé stem, s: a skill listed or stated,
-- e: a skill evidenced (stated, and not only in a skill list), o: an occupation code. A lexeme tests in a
-- binary search of the row's sorted lexemes where array containment scanned each array. A generated column:
-- every writer (save, sync, re-reading, SQL-grown pools) keeps it current in the same statement.
-- Empty values and values over 200 bytes are left out (PostgreSQL refuses empty lexemes and ones over 2,047
-- bytes); the queries never look such a value up.
CREATE FUNCTION "Candidate_retrievalKeys"(stems TEXT[], technical TEXT[], tools TEXT[], soft TEXT[],
                                          mentioned TEXT[], listed_only TEXT[], codes TEXT[])
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(ARRAY(
    SELECT key.kind || key.value
      FROM (SELECT 'w:' AS kind, unnest(stems) AS value
            UNION ALL SELECT 's:', unnest(technical || tools || soft || mentioned)
            UNION ALL SELECT 'e:', m FROM unnest(mentioned) AS m
                       WHERE NOT coalesce(listed_only, '{}') @> ARRAY[m]
            UNION ALL SELECT 'o:', unnest(codes)) AS key
     WHERE key.value <> '' AND octet_length(key.value) <= 200))
$$;

-- Kept in the row when it fits (STORAGE MAIN, set in the same statement so the rewrite already uses it): a
-- row's keys out of line cost a TOAST fetch each time a scan reads them (the estimate of a job at 100,000
-- synthetic candidates: 1.3 s with the keys out of line, 1.0 s in the row).
ALTER TABLE "Candidate" ADD COLUMN "retrievalKeys" tsvector GENERATED ALWAYS AS (
  "Candidate_retrievalKeys"("resumeStems", "technicalSkills", "tools", "softSkills", "mentionedSkills",
                            "listedOnlySkills", "occupationCodes")) STORED,
  ALTER COLUMN "retrievalKeys" SET STORAGE MAIN;

-- The keys' index answers what the arrays' index did: one index update a write, as before.
DROP INDEX "Candidate_retrieval_idx";
CREATE INDEX "Candidate_retrievalKeys_idx" ON "Candidate" USING GIN ("retrievalKeys");
