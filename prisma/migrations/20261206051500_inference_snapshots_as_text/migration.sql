-- The payload snapshot and the response as text: both are JSON text the app serialised itself, so
-- PostgreSQL's check of each row's JSON on insert checked nothing (without it the write costs the database
-- 138 µs a row instead of 160, README "Fifth pass").
-- The stored bytes are the same; what reads inside the payload casts it (`payload::json`).
ALTER TABLE "Inference" ALTER COLUMN "payload" SET DATA TYPE TEXT,
ALTER COLUMN "response" SET DATA TYPE TEXT;

-- Changing the type resets a column's compression to the default: lz4 again where the server has it
-- (20261205201500_inference_lz4).
DO $$
BEGIN
  ALTER TABLE "Inference" ALTER COLUMN "payload" SET COMPRESSION lz4, ALTER COLUMN "response" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  NULL;
END
$$;
