-- AlterTable
ALTER TABLE "DriftReport" ADD COLUMN     "alertChannelsSent" TEXT[] DEFAULT ARRAY[]::TEXT[];
