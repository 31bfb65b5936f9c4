import { seniorityFromYears } from "@/lib/extraction";
import {
  EDUCATION_LEVELS,
  EXPERIENCE_RANGES,
  SENIORITY_LEVELS,
  type EducationLevel,
  type ExperienceRange,
  type SeniorityLevel,
} from "@/lib/vocabulary/levels";

// Level and experience against what a job needs, as recruiters weigh them: falling short and going
// beyond are separate signals, so the model can make under-qualification cost more than over-qualification
// (DESIGN: "Seniority and experience follow recruiting practice"). A posting's minimum of years ("2+
// years") is a floor, not a level: falling short of it is shortfall, both in level (the level its years
// suggest) and in years; going beyond it is no excess (0, not unknown: the candidate is known not to be
// over what the post asks). A level the posting names keeps both sides, and its usual years: a minimum
// often counts years of one kind ("2+ years of ICU"), the level's years all of them.

export function seniorityIndex(level: SeniorityLevel | null): number | null {
  return level === null ? null : SENIORITY_LEVELS.indexOf(level);
}

/**
 * Levels below (shortfall) and above (excess) the target; both null when either side is unknown. Without a
 * target, a minimum of years gives the level to reach, and none to exceed.
 */
export function seniorityFit(
  candidate: SeniorityLevel | null,
  target: SeniorityLevel | null,
  minimumYears: number | null,
): { shortfall: number | null; excess: number | null } {
  const floorOnly = target === null && minimumYears !== null;
  const have = seniorityIndex(candidate);
  const want = seniorityIndex(floorOnly ? seniorityFromYears(minimumYears) : target);
  if (have === null || want === null) return { shortfall: null, excess: null };
  return { shortfall: Math.max(0, want - have), excess: floorOnly ? 0 : Math.max(0, have - want) };
}

// Midpoints of the experience ranges, in years ("12+" taken as 14).
const RANGE_MIDPOINT: Record<ExperienceRange, number> = {
  "0-2_years": 1,
  "2-5_years": 3.5,
  "5-8_years": 6.5,
  "8-12_years": 10,
  "12+_years": 14,
};

export function experienceYears(range: ExperienceRange | null): number | null {
  return range === null ? null : RANGE_MIDPOINT[range];
}

export function experienceRangeFromYears(years: number): ExperienceRange {
  if (years < 2) return EXPERIENCE_RANGES[0];
  if (years < 5) return EXPERIENCE_RANGES[1];
  if (years < 8) return EXPERIENCE_RANGES[2];
  if (years < 12) return EXPERIENCE_RANGES[3];
  return EXPERIENCE_RANGES[4];
}

// Years of experience usual at each level.
const EXPECTED_YEARS: Record<SeniorityLevel, readonly [number, number]> = {
  intern: [0, 1],
  junior: [0, 3],
  mid: [2, 6],
  senior: [5, 12],
  lead: [8, 20],
  principal: [12, 30],
};

// Without a target level, the preparation the occupation needs (O*NET job zone 1–5) says how much
// experience is usual: zone 3 "previous work-related experience is required", zone 5 "more than five years".
const ZONE_YEARS: Record<number, readonly [number, number]> = {
  1: [0, 2],
  2: [0, 4],
  3: [1, 8],
  4: [2, 12],
  5: [4, 30],
};

/**
 * The years of experience the job asks for: from its target level, else its minimum of years, which nothing
 * bounds above ([2, ∞) for "2+ years"), else the usual years of its job zone.
 */
export function expectedYears(
  target: SeniorityLevel | null,
  jobZone: number | null,
  minimumYears: number | null,
): readonly [number, number] | null {
  if (target !== null) return EXPECTED_YEARS[target];
  if (minimumYears !== null) return [minimumYears, Infinity];
  return jobZone === null ? null : (ZONE_YEARS[jobZone] ?? null);
}

/** Years short of the usual band, and years beyond it; null when either side is unknown. */
export function experienceFit(
  range: ExperienceRange | null,
  expected: readonly [number, number] | null,
): { shortfall: number | null; excess: number | null } {
  const years = experienceYears(range);
  if (years === null || expected === null) return { shortfall: null, excess: null };
  const [low, high] = expected;
  return { shortfall: Math.max(0, low - years), excess: Math.max(0, years - high) };
}

// The least education an occupation of each job zone usually asks for (O*NET job zone reference).
const ZONE_EDUCATION: Record<number, EducationLevel> = {
  1: "none",
  2: "high_school",
  3: "associate",
  4: "bachelors",
  5: "masters",
};

/** Education levels below what the job zone usually asks for; null when either side is unknown. */
export function educationShortfall(level: EducationLevel | null, jobZone: number | null): number | null {
  const needed = jobZone === null ? undefined : ZONE_EDUCATION[jobZone];
  if (level === null || needed === undefined) return null;
  return Math.max(0, EDUCATION_LEVELS.indexOf(needed) - EDUCATION_LEVELS.indexOf(level));
}
