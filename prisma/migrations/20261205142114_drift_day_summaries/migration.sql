-- CreateTable
CREATE TABLE "DriftDay" (
    "day" DATE NOT NULL,
    "rows" INTEGER NOT NULL,
    "summarisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DriftDay_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "DriftDaySignal" (
    "day" DATE NOT NULL,
    "signal" TEXT NOT NULL,
    "missing" INTEGER NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "sum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumSquares" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "bins" INTEGER[],
    "categories" TEXT[],
    "counts" INTEGER[],

    CONSTRAINT "DriftDaySignal_pkey" PRIMARY KEY ("day","signal")
);

-- AddForeignKey
ALTER TABLE "DriftDaySignal" ADD CONSTRAINT "DriftDaySignal_day_fkey" FOREIGN KEY ("day") REFERENCES "DriftDay"("day") ON DELETE CASCADE ON UPDATE CASCADE;
