import { EDUCATION_LEVELS, EXPERIENCE_RANGES, SENIORITY_LEVELS } from "@/lib/vocabulary/levels";

const words = (value: string) => value.replace(/_/g, " ").replace(/^\w/, (letter) => letter.toUpperCase());

/** Select options for the scoring vocabularies, with an "unknown" first choice. */
export const SENIORITY_OPTIONS = [
  { value: "", label: "Not stated" },
  ...SENIORITY_LEVELS.map((value) => ({ value, label: words(value) })),
];
export const EXPERIENCE_OPTIONS = [
  { value: "", label: "Not stated" },
  ...EXPERIENCE_RANGES.map((value) => ({ value, label: value.replace("_years", " years").replace("+", "+ ") })),
];
export const EDUCATION_OPTIONS = [
  { value: "", label: "Not stated" },
  ...EDUCATION_LEVELS.map((value) => ({ value, label: words(value) })),
];
