-- Summaries written before were neither per model version nor with a vector sample: the next check
-- summarises their days again from the raw rows.
DELETE FROM "DriftDaySignal";
DELETE FROM "DriftDay";

-- DropForeignKey
ALTER TABLE "DriftDaySignal" DROP CONSTRAINT "DriftDaySignal_day_fkey";

-- AlterTable
ALTER TABLE "DriftDay" DROP CONSTRAINT "DriftDay_pkey",
ADD COLUMN     "modelVersion" TEXT NOT NULL,
ADD CONSTRAINT "DriftDay_pkey" PRIMARY KEY ("day", "modelVersion");

-- AlterTable
ALTER TABLE "DriftDaySignal" DROP CONSTRAINT "DriftDaySignal_pkey",
ADD COLUMN     "modelVersion" TEXT NOT NULL,
ADD CONSTRAINT "DriftDaySignal_pkey" PRIMARY KEY ("day", "modelVersion", "signal");

-- AlterTable
ALTER TABLE "InferenceSignals" ADD COLUMN     "modelVersion" TEXT;

-- CreateTable
CREATE TABLE "DriftDayEmbedding" (
    "day" DATE NOT NULL,
    "embeddingModel" TEXT NOT NULL,
    "key" BIGINT NOT NULL,
    "inferenceId" TEXT NOT NULL,
    "candidate" BYTEA,
    "job" BYTEA,

    CONSTRAINT "DriftDayEmbedding_pkey" PRIMARY KEY ("day","embeddingModel","inferenceId")
);

-- CreateIndex
CREATE INDEX "DriftDayEmbedding_embeddingModel_key_day_idx" ON "DriftDayEmbedding"("embeddingModel", "key", "day");

-- AddForeignKey
ALTER TABLE "DriftDaySignal" ADD CONSTRAINT "DriftDaySignal_day_modelVersion_fkey" FOREIGN KEY ("day", "modelVersion") REFERENCES "DriftDay"("day", "modelVersion") ON DELETE CASCADE ON UPDATE CASCADE;

-- Both vectors out of line, uncompressed (float32 noise does not compress): a window's read scans only
-- the narrow keys of its days' samples and detoasts the chosen rows.
ALTER TABLE "DriftDayEmbedding" ALTER COLUMN "candidate" SET STORAGE EXTERNAL, ALTER COLUMN "job" SET STORAGE EXTERNAL;
ALTER TABLE "DriftDayEmbedding" SET (toast_tuple_target = 128);

-- The version of the rows already copied.
UPDATE "InferenceSignals" s SET "modelVersion" = i."modelVersion" FROM "Inference" i WHERE i.id = s."inferenceId";

-- Signal extraction, regenerated from the signal catalog (scripts/signals/trigger-sql.ts).
CREATE OR REPLACE FUNCTION "InferenceSignals_extract"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "InferenceSignals" ("inferenceId", "createdAt", "embeddingModel", "modelVersion", "score", "semantic_similarity", "lexical_relevance", "occupation_similarity", "tech_skill_coverage", "soft_skill_coverage", "missing_required_skills", "required_skills_evidenced", "occupation_skills_evidenced", "seniority_shortfall", "seniority_excess", "experience_shortfall", "experience_excess", "education_shortfall", "experience_years", "seniority_level", "education_level", "has_degree", "field_of_study", "field_relevance", "technical_skill_count", "soft_skill_count", "tool_count", "completeness", "has_email", "has_phone", "has_linkedin", "has_address", "is_local", "days_since_opening", "department", "recruiter", "target_seniority", "required_tech_count", "required_soft_count", "job_zone")
    SELECT n."id", n."createdAt", n."embeddingModel", n."modelVersion", n."score",
           (n."features" ->> 'semantic_similarity')::float8,
           (n."features" ->> 'lexical_relevance')::float8,
           (n."features" ->> 'occupation_similarity')::float8,
           (n."features" ->> 'tech_skill_coverage')::float8,
           (n."features" ->> 'soft_skill_coverage')::float8,
           (n."features" ->> 'missing_required_skills')::float8,
           (n."features" ->> 'required_skills_evidenced')::float8,
           (n."features" ->> 'occupation_skills_evidenced')::float8,
           (n."features" ->> 'seniority_shortfall')::float8,
           (n."features" ->> 'seniority_excess')::float8,
           (n."features" ->> 'experience_shortfall')::float8,
           (n."features" ->> 'experience_excess')::float8,
           (n."features" ->> 'education_shortfall')::float8,
           (n."features" ->> 'experience_years')::float8,
           (n."features" ->> 'seniority_level')::float8,
           (n."features" ->> 'education_level')::float8,
           (n."features" ->> 'has_degree')::float8,
           n."features" ->> 'field_of_study',
           (n."features" ->> 'field_relevance')::float8,
           (n."features" ->> 'technical_skill_count')::float8,
           (n."features" ->> 'soft_skill_count')::float8,
           (n."features" ->> 'tool_count')::float8,
           (n."features" ->> 'completeness')::float8,
           (n."features" ->> 'has_email')::float8,
           (n."features" ->> 'has_phone')::float8,
           (n."features" ->> 'has_linkedin')::float8,
           (n."features" ->> 'has_address')::float8,
           (n."features" ->> 'is_local')::float8,
           (n."features" ->> 'days_since_opening')::float8,
           n."features" ->> 'department',
           n."features" ->> 'recruiter',
           n."features" ->> 'target_seniority',
           (n."features" ->> 'required_tech_count')::float8,
           (n."features" ->> 'required_soft_count')::float8,
           (n."features" ->> 'job_zone')::float8
      FROM inserted_inferences n
     WHERE n."score" IS NOT NULL AND n."features" IS NOT NULL;
  RETURN NULL;
END
$$;
