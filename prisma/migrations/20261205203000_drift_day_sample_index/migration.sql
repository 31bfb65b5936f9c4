-- A day's vector sample is its rows of lowest key per embedding model (lib/drift/embedding-sample.ts, which
-- must use the same key expression): this index hands them over in key order instead of a scan and a sort
-- of the whole day (150,000 rows: 0.3 s). Prisma cannot express an index on expressions, hence this by hand.
CREATE INDEX "InferenceSignals_day_sample_idx" ON "InferenceSignals" (("createdAt"::date), "embeddingModel", hashtextextended("inferenceId", 16), "inferenceId");
