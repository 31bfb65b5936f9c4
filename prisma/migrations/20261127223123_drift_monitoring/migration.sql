-- AlterTable
ALTER TABLE "DriftReport" ADD COLUMN     "alertAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "alertStatus" TEXT NOT NULL DEFAULT 'none',
ADD COLUMN     "baselineId" TEXT,
ADD COLUMN     "driftedSignals" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "durationMs" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "embeddings" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "minRows" INTEGER NOT NULL DEFAULT 500,
ADD COLUMN     "monitoredSignals" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "referenceKind" TEXT NOT NULL DEFAULT 'trailing',
ADD COLUMN     "runBy" TEXT NOT NULL DEFAULT 'system',
ADD COLUMN     "settings" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "threshold" DOUBLE PRECISION NOT NULL DEFAULT 0.15,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
-- Existing reports get a value above; Prisma sets it from now on (@updatedAt has no default).
ALTER TABLE "DriftReport" ALTER COLUMN "updatedAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Inference" ADD COLUMN     "candidateEmbedding" BYTEA,
ADD COLUMN     "jobEmbedding" BYTEA;

-- CreateTable
CREATE TABLE "InferenceSignals" (
    "inferenceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "embeddingModel" TEXT,
    "score" DOUBLE PRECISION NOT NULL,
    "semantic_similarity" DOUBLE PRECISION,
    "tech_skill_coverage" DOUBLE PRECISION,
    "soft_skill_coverage" DOUBLE PRECISION,
    "skill_jaccard" DOUBLE PRECISION,
    "missing_required_skills" DOUBLE PRECISION,
    "required_skills_evidenced" DOUBLE PRECISION,
    "seniority_gap" DOUBLE PRECISION,
    "seniority_gap_abs" DOUBLE PRECISION,
    "experience_fit" DOUBLE PRECISION,
    "title_overlap" DOUBLE PRECISION,
    "experience_years" DOUBLE PRECISION,
    "seniority_level" DOUBLE PRECISION,
    "education_level" DOUBLE PRECISION,
    "has_degree" DOUBLE PRECISION,
    "field_of_study" TEXT,
    "field_relevance" DOUBLE PRECISION,
    "technical_skill_count" DOUBLE PRECISION,
    "soft_skill_count" DOUBLE PRECISION,
    "tool_count" DOUBLE PRECISION,
    "completeness" DOUBLE PRECISION,
    "has_email" DOUBLE PRECISION,
    "has_phone" DOUBLE PRECISION,
    "has_linkedin" DOUBLE PRECISION,
    "has_address" DOUBLE PRECISION,
    "is_local" DOUBLE PRECISION,
    "days_since_opening" DOUBLE PRECISION,
    "department" TEXT,
    "recruiter" TEXT,
    "target_seniority" TEXT,
    "required_tech_count" DOUBLE PRECISION,
    "required_soft_count" DOUBLE PRECISION,

    CONSTRAINT "InferenceSignals_pkey" PRIMARY KEY ("inferenceId")
);

-- CreateTable
CREATE TABLE "DriftBaseline" (
    "id" TEXT NOT NULL,
    "start" TIMESTAMP(3) NOT NULL,
    "end" TIMESTAMP(3) NOT NULL,
    "rows" INTEGER NOT NULL,
    "edges" JSONB NOT NULL,
    "pinnedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "unpinnedAt" TIMESTAMP(3),

    CONSTRAINT "DriftBaseline_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InferenceSignals_createdAt_idx" ON "InferenceSignals"("createdAt");

-- CreateIndex
CREATE INDEX "DriftBaseline_unpinnedAt_idx" ON "DriftBaseline"("unpinnedAt");

-- CreateIndex
CREATE INDEX "DriftReport_currentEnd_idx" ON "DriftReport"("currentEnd");

-- CreateIndex
CREATE INDEX "DriftReport_alertStatus_idx" ON "DriftReport"("alertStatus");

-- CreateIndex
CREATE UNIQUE INDEX "DriftReport_currentStart_currentEnd_referenceStart_referenc_key" ON "DriftReport"("currentStart", "currentEnd", "referenceStart", "referenceEnd");

-- AddForeignKey
ALTER TABLE "InferenceSignals" ADD CONSTRAINT "InferenceSignals_inferenceId_fkey" FOREIGN KEY ("inferenceId") REFERENCES "Inference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DriftReport" ADD CONSTRAINT "DriftReport_baselineId_fkey" FOREIGN KEY ("baselineId") REFERENCES "DriftBaseline"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Signal extraction: every inserted inference that has a score gets its row in "InferenceSignals", written
-- by the database in the same statement, so no insert path can forget it. One statement-level trigger
-- with a transition table handles a multi-row INSERT in one set-based step.
CREATE FUNCTION "InferenceSignals_extract"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "InferenceSignals" ("inferenceId", "createdAt", "embeddingModel", "score", "semantic_similarity", "tech_skill_coverage", "soft_skill_coverage", "skill_jaccard", "missing_required_skills", "required_skills_evidenced", "seniority_gap", "seniority_gap_abs", "experience_fit", "title_overlap", "experience_years", "seniority_level", "education_level", "has_degree", "field_of_study", "field_relevance", "technical_skill_count", "soft_skill_count", "tool_count", "completeness", "has_email", "has_phone", "has_linkedin", "has_address", "is_local", "days_since_opening", "department", "recruiter", "target_seniority", "required_tech_count", "required_soft_count")
    SELECT n."id", n."createdAt", n."embeddingModel", n."score",
           (n."features" ->> 'semantic_similarity')::float8,
           (n."features" ->> 'tech_skill_coverage')::float8,
           (n."features" ->> 'soft_skill_coverage')::float8,
           (n."features" ->> 'skill_jaccard')::float8,
           (n."features" ->> 'missing_required_skills')::float8,
           (n."features" ->> 'required_skills_evidenced')::float8,
           (n."features" ->> 'seniority_gap')::float8,
           (n."features" ->> 'seniority_gap_abs')::float8,
           (n."features" ->> 'experience_fit')::float8,
           (n."features" ->> 'title_overlap')::float8,
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
           (n."features" ->> 'required_soft_count')::float8
      FROM inserted_inferences n
     WHERE n."score" IS NOT NULL AND n."features" IS NOT NULL;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Inference_extract_signals"
  AFTER INSERT ON "Inference"
  REFERENCING NEW TABLE AS inserted_inferences
  FOR EACH STATEMENT EXECUTE FUNCTION "InferenceSignals_extract"();

-- Inferences logged before this migration.
INSERT INTO "InferenceSignals" ("inferenceId", "createdAt", "embeddingModel", "score", "semantic_similarity", "tech_skill_coverage", "soft_skill_coverage", "skill_jaccard", "missing_required_skills", "required_skills_evidenced", "seniority_gap", "seniority_gap_abs", "experience_fit", "title_overlap", "experience_years", "seniority_level", "education_level", "has_degree", "field_of_study", "field_relevance", "technical_skill_count", "soft_skill_count", "tool_count", "completeness", "has_email", "has_phone", "has_linkedin", "has_address", "is_local", "days_since_opening", "department", "recruiter", "target_seniority", "required_tech_count", "required_soft_count")
  SELECT n."id", n."createdAt", n."embeddingModel", n."score",
         (n."features" ->> 'semantic_similarity')::float8,
         (n."features" ->> 'tech_skill_coverage')::float8,
         (n."features" ->> 'soft_skill_coverage')::float8,
         (n."features" ->> 'skill_jaccard')::float8,
         (n."features" ->> 'missing_required_skills')::float8,
         (n."features" ->> 'required_skills_evidenced')::float8,
         (n."features" ->> 'seniority_gap')::float8,
         (n."features" ->> 'seniority_gap_abs')::float8,
         (n."features" ->> 'experience_fit')::float8,
         (n."features" ->> 'title_overlap')::float8,
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
         (n."features" ->> 'required_soft_count')::float8
    FROM "Inference" n
   WHERE n."score" IS NOT NULL AND n."features" IS NOT NULL;
