-- AlterTable
ALTER TABLE "ScoringModelVersion" ADD COLUMN     "fit" JSONB;
