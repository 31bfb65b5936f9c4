-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN     "locationKey" TEXT;

-- CreateIndex
CREATE INDEX "Candidate_locationKey_idx" ON "Candidate"("locationKey");

-- Existing rows: placeKey (lib/extraction/location.ts) in SQL — the first part before "," "(" or "/",
-- decomposed, without combining accents, trimmed, lower case (candidate-location-key.int.test.ts checks it
-- against placeKey for every known city and country). New rows get it from the app with the location.
UPDATE "Candidate" SET "locationKey" = lower(regexp_replace(regexp_replace(normalize(split_part(split_part(split_part("location", ',', 1), '(', 1), '/', 1), NFKD), '[\u0300-\u036f]', '', 'g'), '^\s+|\s+$', '', 'g')) WHERE "location" <> '';
