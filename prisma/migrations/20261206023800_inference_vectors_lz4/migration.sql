-- The compared vectors and the features compressed with lz4 too, where the server has it: pglz on the
-- built-in model's vectors (a few dozen distinct float32 values, long match chains) took about a quarter of
-- the writing backend's CPU per score, 55-70 µs a row. They store larger (vectors about 1.1 -> 1.9 kB a row,
-- features 0.65 -> 0.72 kB): a score's row is 6.8 kB instead of 6.0 (target 8 kB). Vectors of other models
-- (dense floats) compress little either way. A server built without lz4 (PGlite) keeps pglz; stored values
-- stay as written, readable either way.
DO $$
BEGIN
  ALTER TABLE "Inference" ALTER COLUMN "candidateEmbedding" SET COMPRESSION lz4,
    ALTER COLUMN "jobEmbedding" SET COMPRESSION lz4, ALTER COLUMN "features" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  NULL;
END
$$;
