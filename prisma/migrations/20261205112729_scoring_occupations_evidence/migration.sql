-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN     "occupationCodes" TEXT[],
ADD COLUMN     "occupationConfidence" DOUBLE PRECISION[],
ADD COLUMN     "readingVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "resumeLength" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "resumeStemCounts" INTEGER[],
ADD COLUMN     "resumeStems" TEXT[];

-- AlterTable
ALTER TABLE "InferenceSignals" DROP COLUMN "experience_fit",
DROP COLUMN "seniority_gap",
DROP COLUMN "seniority_gap_abs",
DROP COLUMN "skill_jaccard",
DROP COLUMN "title_overlap",
ADD COLUMN     "education_shortfall" DOUBLE PRECISION,
ADD COLUMN     "experience_excess" DOUBLE PRECISION,
ADD COLUMN     "experience_shortfall" DOUBLE PRECISION,
ADD COLUMN     "job_zone" DOUBLE PRECISION,
ADD COLUMN     "lexical_relevance" DOUBLE PRECISION,
ADD COLUMN     "occupation_similarity" DOUBLE PRECISION,
ADD COLUMN     "occupation_skills_evidenced" DOUBLE PRECISION,
ADD COLUMN     "seniority_excess" DOUBLE PRECISION,
ADD COLUMN     "seniority_shortfall" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "niceToHaveSkills" TEXT[],
ADD COLUMN     "workArrangement" TEXT;

-- CreateTable
CREATE TABLE "ScoringModelActivation" (
    "id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "previous" TEXT,
    "activatedById" TEXT,
    "activatedBy" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoringModelActivation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LexicalCorpus" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "documents" INTEGER NOT NULL,
    "averageLength" DOUBLE PRECISION NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LexicalCorpus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LexicalTerm" (
    "term" TEXT NOT NULL,
    "documents" INTEGER NOT NULL,

    CONSTRAINT "LexicalTerm_pkey" PRIMARY KEY ("term")
);

-- CreateIndex
CREATE INDEX "ScoringModelActivation_createdAt_idx" ON "ScoringModelActivation"("createdAt");

-- Signal extraction, regenerated from the signal catalog (scripts/signals/trigger-sql.ts).
CREATE OR REPLACE FUNCTION "InferenceSignals_extract"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "InferenceSignals" ("inferenceId", "createdAt", "embeddingModel", "score", "semantic_similarity", "lexical_relevance", "occupation_similarity", "tech_skill_coverage", "soft_skill_coverage", "missing_required_skills", "required_skills_evidenced", "occupation_skills_evidenced", "seniority_shortfall", "seniority_excess", "experience_shortfall", "experience_excess", "education_shortfall", "experience_years", "seniority_level", "education_level", "has_degree", "field_of_study", "field_relevance", "technical_skill_count", "soft_skill_count", "tool_count", "completeness", "has_email", "has_phone", "has_linkedin", "has_address", "is_local", "days_since_opening", "department", "recruiter", "target_seniority", "required_tech_count", "required_soft_count", "job_zone")
    SELECT n."id", n."createdAt", n."embeddingModel", n."score",
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
