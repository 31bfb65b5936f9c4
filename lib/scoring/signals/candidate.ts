import { EDUCATION_LEVELS, type EducationLevel } from "@/lib/vocabulary/levels";

export function educationIndex(level: EducationLevel | null): number | null {
  return level === null ? null : EDUCATION_LEVELS.indexOf(level);
}

export function flag(value: boolean | null | undefined): number | null {
  return value === null || value === undefined ? null : value ? 1 : 0;
}

// Fields of study that prepare for each department. Unlisted departments give no signal.
const RELATED_FIELDS: Record<string, readonly string[]> = {
  engineering: [
    "computer_science",
    "software_engineering",
    "engineering",
    "mathematics",
    "physics",
    "information_systems",
  ],
  data: ["statistics", "mathematics", "computer_science", "physics", "economics", "data_science"],
  product: ["business", "computer_science", "economics", "psychology", "design"],
  design: ["design", "human_computer_interaction", "psychology", "architecture", "fine_arts"],
  sales: ["business", "marketing", "economics", "communications"],
  marketing: ["marketing", "communications", "business", "journalism"],
  "customer success": ["business", "communications", "psychology"],
  people: ["human_resources", "psychology", "business", "law"],
  finance: ["finance", "accounting", "economics", "mathematics", "business"],
};

/** 1 when the field of study prepares for the department, 0 when it does not, null when unknown. */
export function fieldRelevance(field: string | null, department: string): number | null {
  const related = RELATED_FIELDS[department.trim().toLowerCase()];
  if (!field || !related) return null;
  return related.includes(field) ? 1 : 0;
}

/** A field of study as a category: snake_case, or "unknown". */
export function fieldCategory(field: string | null): string {
  return field
    ? field
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "_")
        .replace(/^_|_$/g, "") || "unknown"
    : "unknown";
}
