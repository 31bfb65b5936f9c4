-- The segments (lines, sentences) each résumé stem stands in: requirement phrases are looked for in one sentence.
ALTER TABLE "Candidate" ADD COLUMN "resumeStemSegments" BYTEA;
