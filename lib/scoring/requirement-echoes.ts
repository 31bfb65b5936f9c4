import { canonicalSkill, evidencesRequirement, segmentsNaming, type ResumeStatements } from "@/lib/skills";
import type { PreparedCandidate, PreparedJob, ScoringWarning } from "./prepared";
import type { ResumeTerms } from "./signals/lexical";

// A sentence that names three of the job's requirements or more and little else is a claim, however it is
// dressed: "- Responsible for gas safe registration, unvented hot water certification and a full UK driving
// licence." under a role reads like a duty, but it is the job's list of requirements in the résumé's words.
// Which sentences do that depends on the job, so it is read when scoring, from what the résumé states — the
// same on a payload and a saved profile. Such a sentence counts as a skill list does: what it names is
// stated (never reported missing) but not shown, and its words add nothing to relevance. A duty that names
// three requirements among its own work ("Installed boilers and unvented cylinders to Part G across 40
// homes") keeps most of its words its own, and stays a duty.

const ECHOED_REQUIREMENTS = 3;
/** The least share of a sentence's stems the requirements' names must make up. */
const ECHO_SHARE = 0.6;

type Places = (skill: string) => readonly { segment: number; stems: readonly string[] }[];

/** The sentences (segments) that echo the job's requirements: outside lists, naming three or more, little else. */
function requirementEchoes(
  statements: ResumeStatements,
  requirements: readonly string[],
  placesOf: Places,
): ReadonlySet<number> {
  const bySegment = new Map<number, { requirements: number; stems: Set<string> }>();
  for (const requirement of requirements) {
    const counted = new Set<number>();
    for (const { segment, stems } of placesOf(requirement)) {
      const entry = bySegment.get(segment) ?? { requirements: 0, stems: new Set<string>() };
      if (!counted.has(segment)) entry.requirements++;
      counted.add(segment);
      for (const term of stems) entry.stems.add(term);
      bySegment.set(segment, entry);
    }
  }
  const crowded = new Map([...bySegment].filter(([, entry]) => entry.requirements >= ECHOED_REQUIREMENTS));
  if (crowded.size === 0) return new Set();
  const size = new Map<number, number>();
  for (const term of statements.stems) {
    for (const segment of statements.segmentsOf(term) ?? [])
      if (crowded.has(segment)) size.set(segment, (size.get(segment) ?? 0) + 1);
  }
  return new Set(
    [...crowded]
      .filter(([segment, entry]) => entry.stems.size >= ECHO_SHARE * (size.get(segment) ?? 0))
      .map(([segment]) => segment),
  );
}

/** The résumé's terms without one occurrence of each stem an echo holds. */
function termsOutside(terms: ResumeTerms, statements: ResumeStatements, echoes: ReadonlySet<number>): ResumeTerms {
  const counts = new Map(terms.counts);
  let length = terms.length;
  for (const [term, count] of terms.counts) {
    if (count === 0 || !(statements.segmentsOf(term) ?? []).some((segment) => echoes.has(segment))) continue;
    counts.set(term, count - 1);
    length--;
  }
  return { counts, length: Math.max(0, length) };
}

/**
 * The candidate as the job's signals read them: sentences echoing the job's requirements read as a skill
 * list, and how many sentences do. `checked` are the skills whose evidence the signals ask about (the
 * requirements, the occupation's). The candidate is unchanged (the same object) when no sentence does.
 */
export function withoutRequirementEchoes(
  candidate: PreparedCandidate,
  job: Pick<PreparedJob, "requiredTechSkills" | "requiredSoftSkills">,
  checked: readonly string[],
): { candidate: PreparedCandidate; echoes: number } {
  const { statements, terms } = candidate;
  const requirements = [...new Set([...job.requiredTechSkills, ...job.requiredSoftSkills])];
  if (!statements || requirements.length < ECHOED_REQUIREMENTS) return { candidate, echoes: 0 };
  // A sentence naming requirements shows them: with fewer shown there is no echo to look for (and the
  // stems' places, which a saved profile decodes only when asked, are not needed).
  const shown = requirements.filter((requirement) => evidencesRequirement(statements, requirement)).length;
  if (shown < ECHOED_REQUIREMENTS) return { candidate, echoes: 0 };
  // Where each skill is named outside the skill lists: asked for the requirements, then for the skills checked.
  const places = new Map<string, ReturnType<Places>>();
  const placesOf: Places = (skill) => {
    let found = places.get(skill);
    if (!found) {
      found = segmentsNaming(statements, skill).filter(({ segment }) => !statements.inSkillList(segment));
      places.set(skill, found);
    }
    return found;
  };
  const echoes = requirementEchoes(statements, requirements, placesOf);
  if (echoes.size === 0) return { candidate, echoes: 0 };
  const inSkillList = (segment: number) => echoes.has(segment) || statements.inSkillList(segment);
  // A known skill the echoes alone name is no longer shown (unknown ones are read through inSkillList).
  const evidenced = new Set(statements.evidenced);
  for (const skill of checked) {
    const { id } = canonicalSkill(skill);
    if (!evidenced.has(id)) continue;
    const named = placesOf(skill);
    if (named.length > 0 && named.every(({ segment }) => echoes.has(segment))) evidenced.delete(id);
  }
  return {
    candidate: {
      ...candidate,
      statements: { ...statements, evidenced, inSkillList },
      terms: terms ? termsOutside(terms, statements, echoes) : null,
    },
    echoes: echoes.size,
  };
}

/** What the recruiter is told when sentences echo the job's requirements. */
export function requirementEchoWarnings(echoes: number): ScoringWarning[] {
  if (echoes === 0) return [];
  const sentences = echoes === 1 ? "A sentence of the résumé names" : `${echoes} sentences of the résumé name`;
  return [
    {
      code: "requirements_claimed",
      message: `${sentences} three of the job's requirements or more and little else: read as a list of claims, not as experience.`,
    },
  ];
}
