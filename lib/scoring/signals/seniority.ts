import {
  EXPERIENCE_RANGES,
  SENIORITY_LEVELS,
  type ExperienceRange,
  type SeniorityLevel,
} from "@/lib/vocabulary/levels";

export function seniorityIndex(level: SeniorityLevel | null): number | null {
  return level === null ? null : SENIORITY_LEVELS.indexOf(level);
}

/** Levels above (+) or below (−) the target; null when either side is unknown. */
export function seniorityGap(candidate: SeniorityLevel | null, target: SeniorityLevel | null): number | null {
  const have = seniorityIndex(candidate);
  const want = seniorityIndex(target);
  return have === null || want === null ? null : have - want;
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

// Years of experience usual at each level; outside the band, fit decays by half every three years.
const EXPECTED_YEARS: Record<SeniorityLevel, [number, number]> = {
  intern: [0, 1],
  junior: [0, 3],
  mid: [2, 6],
  senior: [5, 12],
  lead: [8, 20],
  principal: [12, 30],
};

export function experienceFit(range: ExperienceRange | null, target: SeniorityLevel | null): number | null {
  const years = experienceYears(range);
  if (years === null || target === null) return null;
  const [low, high] = EXPECTED_YEARS[target];
  const distance = years < low ? low - years : years > high ? years - high : 0;
  return Math.pow(0.5, distance / 3);
}
