import { canonicalSkills } from "@/lib/skills";

/**
 * The text a job is embedded from. Lowercased and with sorted canonical skills, so the casing of a title
 * or the order of requirements cannot move a score.
 */
export function jobEmbeddingText(job: {
  title: string;
  department: string;
  requiredSkills: readonly string[];
  targetSeniority: string | null;
  description?: string;
}): string {
  return [
    job.title,
    job.department,
    `requirements: ${canonicalSkills(job.requiredSkills)
      .map((skill) => skill.replace(/_/g, " "))
      .join(", ")}`,
    job.targetSeniority ? `level: ${job.targetSeniority}` : "",
    job.description ?? "",
  ]
    .join("\n")
    .toLowerCase();
}
