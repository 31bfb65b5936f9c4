-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "comparisonItemId" TEXT;

-- AlterTable
ALTER TABLE "Prompt" ADD COLUMN     "task" TEXT,
ADD COLUMN     "variables" TEXT[];

-- AlterTable
ALTER TABLE "PromptVersion" ADD COLUMN     "authorName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "baseVersion" INTEGER;

-- CreateTable
CREATE TABLE "PromptLabelEvent" (
    "id" TEXT NOT NULL,
    "promptId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "fromVersion" INTEGER,
    "toVersion" INTEGER NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "comparisonId" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PromptLabelEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PromptComparison" (
    "id" TEXT NOT NULL,
    "promptId" TEXT NOT NULL,
    "task" TEXT NOT NULL,
    "versionA" INTEGER NOT NULL,
    "versionB" INTEGER NOT NULL,
    "datasetKind" TEXT NOT NULL,
    "datasetLabel" TEXT NOT NULL,
    "jobId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "total" INTEGER NOT NULL,
    "completed" INTEGER NOT NULL DEFAULT 0,
    "seed" INTEGER NOT NULL,
    "chain" TEXT[],
    "summary" JSONB,
    "error" TEXT,
    "workerId" TEXT,
    "heartbeatAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "PromptComparison_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PromptComparisonItem" (
    "id" TEXT NOT NULL,
    "comparisonId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "candidateId" TEXT,
    "jobId" TEXT,
    "input" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "outputA" JSONB,
    "validA" BOOLEAN,
    "errorA" TEXT,
    "providerA" TEXT,
    "latencyA" INTEGER,
    "tokensA" INTEGER,
    "costA" DOUBLE PRECISION,
    "scoreA" DOUBLE PRECISION,
    "bandA" TEXT,
    "outputB" JSONB,
    "validB" BOOLEAN,
    "errorB" TEXT,
    "providerB" TEXT,
    "latencyB" INTEGER,
    "tokensB" INTEGER,
    "costB" DOUBLE PRECISION,
    "scoreB" DOUBLE PRECISION,
    "bandB" TEXT,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "PromptComparisonItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PromptLabelEvent_promptId_createdAt_idx" ON "PromptLabelEvent"("promptId", "createdAt");

-- CreateIndex
CREATE INDEX "PromptComparison_promptId_createdAt_idx" ON "PromptComparison"("promptId", "createdAt");

-- CreateIndex
CREATE INDEX "PromptComparison_status_idx" ON "PromptComparison"("status");

-- CreateIndex
CREATE INDEX "PromptComparisonItem_comparisonId_status_idx" ON "PromptComparisonItem"("comparisonId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PromptComparisonItem_comparisonId_position_key" ON "PromptComparisonItem"("comparisonId", "position");

-- CreateIndex
CREATE INDEX "Generation_promptVersionId_createdAt_idx" ON "Generation"("promptVersionId", "createdAt");

-- CreateIndex
CREATE INDEX "Generation_comparisonItemId_idx" ON "Generation"("comparisonItemId");

-- AddForeignKey
ALTER TABLE "PromptLabelEvent" ADD CONSTRAINT "PromptLabelEvent_promptId_fkey" FOREIGN KEY ("promptId") REFERENCES "Prompt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromptLabelEvent" ADD CONSTRAINT "PromptLabelEvent_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "PromptComparison"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromptComparison" ADD CONSTRAINT "PromptComparison_promptId_fkey" FOREIGN KEY ("promptId") REFERENCES "Prompt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromptComparison" ADD CONSTRAINT "PromptComparison_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromptComparisonItem" ADD CONSTRAINT "PromptComparisonItem_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "PromptComparison"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Generation" ADD CONSTRAINT "Generation_comparisonItemId_fkey" FOREIGN KEY ("comparisonItemId") REFERENCES "PromptComparisonItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;
