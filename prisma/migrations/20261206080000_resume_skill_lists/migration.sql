-- The known skills a résumé names only in its skill lists, and the segments of those lists (lib/skills/skill-lists.ts):
-- a list claims a skill, the rest of the résumé evidences it. Filled when profiles are read again (READING_VERSION).
ALTER TABLE "Candidate" ADD COLUMN "listedOnlySkills" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "skillListSegments" INTEGER[] DEFAULT ARRAY[]::INTEGER[];
