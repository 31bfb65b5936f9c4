-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN     "hasAddress" BOOLEAN,
ADD COLUMN     "hasEmail" BOOLEAN,
ADD COLUMN     "hasLinkedin" BOOLEAN,
ADD COLUMN     "hasPhone" BOOLEAN,
ADD COLUMN     "mentionedSkills" TEXT[],
ADD COLUMN     "resumeWords" BYTEA;

-- AlterTable
ALTER TABLE "Inference" ADD COLUMN     "logit" DOUBLE PRECISION,
ADD COLUMN     "response" JSONB;

-- CreateTable
CREATE TABLE "ScoringModelVersion" (
    "id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoringModelVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScoringModelVersion_version_key" ON "ScoringModelVersion"("version");

-- CreateIndex
CREATE INDEX "ScoringModelVersion_active_idx" ON "ScoringModelVersion"("active");

-- CreateIndex
CREATE INDEX "Candidate_updatedAt_idx" ON "Candidate"("updatedAt");
