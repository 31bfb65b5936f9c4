import { minimumYears, seniorityFromTitleWords, seniorityFromYears, statedSeniority } from "@/lib/extraction";
import { matchOccupations, occupation } from "@/lib/occupations";
import { skillLabel } from "@/lib/skills";
import type { SeniorityLevel } from "@/lib/vocabulary/levels";
import type { PreparedJob } from "./prepared";
import { jobQuery } from "./signals/lexical";

// What scoring understands of a job beyond its stated requirements, the same for a payload and a stored
// job: the occupations its title names (O*NET), the preparation and skills of the best one, the level
// asked for (stated, else read from the title), the least years it asks for ("2+ years": a floor, not a
// level) and the query its words make for lexical relevance.

const REMOTE =
  /\b(?:fully\s+remote|100\s*%\s*remote|remote[- ]first|remote\s+(?:only|position|role|job)|work\s+from\s+anywhere)\b/i;

/**
 * "Registered Nurse – Surgical Ward (Band 5)": the whole title first, else the part before a separator;
 * read with the posting's text around it, as a résumé role's title is read with its own lines.
 */
function titleOccupations(title: string, around: string): PreparedJob["occupations"] {
  const [head] = title.split(/\s+[–—|:/-]\s+|\s*[,|(]\s*/);
  for (const candidate of [title, head]) {
    const matches = candidate ? matchOccupations(candidate, 3, around) : [];
    if (matches.length > 0) return matches.map(({ code, confidence }) => ({ code, confidence }));
  }
  return [];
}

/**
 * The level asked for: stated, else read from the title. Jobs saved before minimums were read as floors
 * hold the level their minimum suggested ("2+ years" → junior), and so may a level an LLM or an ATS read
 * the same way: a stated level that is only that, in an ad naming no level itself, is the floor it came
 * from, not a level.
 */
function levelAskedFor(
  job: { title: string; description: string; targetSeniority: SeniorityLevel | null },
  floor: number | null,
): SeniorityLevel | null {
  const level = job.targetSeniority ?? seniorityFromTitleWords(job.title);
  const readFromFloor =
    floor !== null && level === seniorityFromYears(floor) && statedSeniority(job.title, job.description) === null;
  return readFromFloor ? null : level;
}

export function readJob(job: {
  title: string;
  description: string;
  requirements: readonly string[];
  targetSeniority: SeniorityLevel | null;
}): Pick<PreparedJob, "occupations" | "jobZone" | "occupationSkills" | "targetSeniority" | "minimumYears" | "query"> {
  const around = [job.description, ...job.requirements.map(skillLabel)].join("\n");
  const occupations = titleOccupations(job.title, around);
  const best = occupations[0] ? occupation(occupations[0].code) : undefined;
  const floor = minimumYears(job.description);
  return {
    occupations,
    jobZone: best?.zone ?? null,
    occupationSkills: best?.skills ?? [],
    targetSeniority: levelAskedFor(job, floor),
    minimumYears: floor,
    query: jobQuery({ title: job.title, requirements: job.requirements, description: job.description }),
  };
}

/** A remote job: said so in its arrangement or location, or its title or text says it is fully remote. */
export function isRemoteJob(job: {
  arrangement?: string | null;
  location?: string | null;
  title: string;
  description: string;
}): boolean {
  if (job.arrangement) return job.arrangement === "remote";
  if (job.location?.trim().toLowerCase() === "remote") return true;
  return /\bremote\b/i.test(job.title) || REMOTE.test(job.description);
}
