-- request_id is an idempotency key per caller (API key or user), no longer global: one caller can neither
-- read nor block another's. Existing rows get the scope of the caller recorded on them.

-- DropIndex
DROP INDEX "Inference_requestId_key";

-- AlterTable
ALTER TABLE "Inference" ADD COLUMN     "requestScope" TEXT;

-- Backfill
UPDATE "Inference"
   SET "requestScope" = CASE
         WHEN "apiKeyId" IS NOT NULL THEN 'key:' || "apiKeyId"
         WHEN "userId" IS NOT NULL THEN 'user:' || "userId"
         ELSE 'system:legacy'
       END
 WHERE "requestId" IS NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Inference_requestScope_requestId_key" ON "Inference"("requestScope", "requestId");
