-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "attempt" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "fallbackFrom" TEXT,
ADD COLUMN     "promptName" TEXT,
ADD COLUMN     "promptVersionNumber" INTEGER,
ADD COLUMN     "task" TEXT;

-- CreateIndex
CREATE INDEX "Generation_inferenceId_idx" ON "Generation"("inferenceId");
