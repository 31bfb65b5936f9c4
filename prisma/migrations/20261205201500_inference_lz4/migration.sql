-- The inference log's large JSON columns (the response, the payload snapshot) compressed with lz4 where the
-- server has it: pglz took a quarter of the writing backend's CPU per score. A server built without lz4
-- (PGlite) keeps pglz. Only new values use it; stored ones stay as written, readable either way.
DO $$
BEGIN
  ALTER TABLE "Inference" ALTER COLUMN "payload" SET COMPRESSION lz4, ALTER COLUMN "response" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  NULL;
END
$$;
