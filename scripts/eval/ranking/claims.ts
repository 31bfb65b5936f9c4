import { lexicalCorpusOfTexts } from "@/lib/scoring";
import { skillLabel } from "@/lib/skills";
import type { Collection } from "./collection";
import { jobContextOf, scoreResume } from "./scorer";

// What claiming a job's requirements buys a résumé of someone who has not done the job (grade below
// CORE): each such résumé is scored for the job as written and with the requirements claimed in one of
// the ways below, and counted when that makes it a strong match or puts it above someone who has done it.

const CORE = 2;

/** What a claim may copy from the job besides its requirements' names: its title, its posting. */
export interface ClaimedJob {
  title: string;
  description: string;
}

/** Ways of adding the requirements' names (or the job's title, or its posting's duties) to a résumé. */
export const CLAIMS = {
  /** "Skills: A, B, C" appended. */
  list: (resume: string, names: string[]) => `${resume}\n\nSkills: ${names.join(", ")}`,
  /** "Skilled in A, B and C." under the résumé's first line. */
  profile: (resume: string, names: string[]) => underLine(resume, 0, `Skilled in ${sentenceList(names)}.`),
  /** "- Responsible for A, B and C." under its first dated role: indistinguishable from a duty by form. */
  role: (resume: string, names: string[]) =>
    underLine(resume, firstRole(resume), `- Responsible for ${sentenceList(names)}.`),
  /** The job's title as a headline under the name: who the résumé says its writer is. */
  headline: (resume: string, _names: string[], job: ClaimedJob) => underLine(resume, 0, job.title),
  /** The posting's bulleted lines (up to six) pasted as duties under the first dated role. */
  posting: (resume: string, _names: string[], job: ClaimedJob) =>
    underLine(
      resume,
      firstRole(resume),
      job.description
        .split("\n")
        .filter((line) => /^\s*[-•*]/.test(line))
        .slice(0, 6)
        .join("\n"),
    ),
} satisfies Record<string, (resume: string, names: string[], job: ClaimedJob) => string>;
export type ClaimForm = keyof typeof CLAIMS;

const firstRole = (resume: string) =>
  Math.max(
    0,
    resume.split("\n").findIndex((line) => /\b(?:19|20)\d\d\b/.test(line)),
  );

const sentenceList = (names: string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "");

function underLine(text: string, line: number, added: string): string {
  const lines = text.split("\n");
  lines.splice(line + 1, 0, added);
  return lines.join("\n");
}

export interface ClaimsEffect {
  /** Résumés of people who have not done the job, over all jobs with someone who has. */
  pairs: number;
  strongBefore: number;
  strongAfter: number;
  aboveCoreBefore: number;
  aboveCoreAfter: number;
  /** Pairs whose score the claim lowered (claiming must never cost: a claimed skill is stated). */
  lowered: number;
}

export async function claimsEffect(collection: Collection, now: Date, form: ClaimForm): Promise<ClaimsEffect> {
  const corpus = lexicalCorpusOfTexts([...collection.documents.values()]);
  const effect: ClaimsEffect = {
    pairs: 0,
    strongBefore: 0,
    strongAfter: 0,
    aboveCoreBefore: 0,
    aboveCoreAfter: 0,
    lowered: 0,
  };
  for (const query of collection.queries) {
    const grades = collection.qrels.get(query.id) ?? new Map<string, number>();
    const job = jobContextOf(query);
    const score = async (documentId: string, resume: string) =>
      (await scoreResume({ job, documentId, resume, corpus, now })).output;
    const cores = [...grades].filter(([, grade]) => grade >= CORE).map(([id]) => id);
    if (cores.length === 0) continue;
    let lowestCore = Infinity;
    for (const id of cores) lowestCore = Math.min(lowestCore, (await score(id, collection.documents.get(id)!)).score);
    const required = [...job.requirements.required_tech_skills, ...job.requirements.required_soft_skills];
    const names = required.map(skillLabel);
    const claimed: ClaimedJob = { title: query.title, description: query.description };
    for (const [documentId, text] of collection.documents) {
      if ((grades.get(documentId) ?? 0) >= CORE) continue;
      const before = await score(documentId, text);
      const after = await score(documentId, CLAIMS[form](text, names, claimed));
      effect.pairs++;
      if (before.band === "strong") effect.strongBefore++;
      if (after.band === "strong") effect.strongAfter++;
      if (before.score > lowestCore) effect.aboveCoreBefore++;
      if (after.score > lowestCore) effect.aboveCoreAfter++;
      if (after.logit < before.logit) effect.lowered++;
    }
  }
  return effect;
}
