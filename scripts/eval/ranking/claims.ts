import { lexicalCorpusOfTexts } from "@/lib/scoring";
import { skillLabel } from "@/lib/skills";
import type { Collection } from "./collection";
import { jobContextOf, scoreResume } from "./scorer";

// What a list of a job's requirements buys a résumé of someone who has not done the job (grade below
// CORE): each such résumé is scored for the job as written and with "Skills: <the job's requirements>"
// appended, and counted when that makes it a strong match or puts it above someone who has done the job.

const CORE = 2;

export interface ClaimsEffect {
  /** Résumés of people who have not done the job, over all jobs with someone who has. */
  pairs: number;
  strongBefore: number;
  strongAfter: number;
  aboveCoreBefore: number;
  aboveCoreAfter: number;
  /** Pairs whose score the list lowered (listing must never cost: a listed skill is stated). */
  lowered: number;
}

export async function listedClaimsEffect(collection: Collection, now: Date): Promise<ClaimsEffect> {
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
    const list = `Skills: ${required.map(skillLabel).join(", ")}`;
    for (const [documentId, text] of collection.documents) {
      if ((grades.get(documentId) ?? 0) >= CORE) continue;
      const before = await score(documentId, text);
      const after = await score(documentId, `${text}\n\n${list}`);
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
