import { beforeAll, describe, expect, it } from "vitest";
import { createCandidate } from "@/lib/candidates";
import { db, dbDriver } from "@/lib/db";
import { growPool, storeSourceProfiles } from "@/lib/demo/synthetic-pool";
import { generateDemoJobs } from "@/lib/demo/generate";
import { jobRecords } from "@/lib/job-postings";
import { unique } from "@/test/helpers/unique";
import { exhaustiveRankings } from "@/lib/scoring/exhaustive-ranking";
import { type RankingPage, rankCandidates } from "@/lib/scoring/rank-candidates";
import { poolStamp } from "@/lib/scoring/candidate-rows";
import type { RankingEntry } from "@/lib/scoring/rank-entries";
import { filterEntries, poolCondition, type RankingFilters } from "@/lib/scoring/ranking-filters";
import { sqlParameters } from "@/lib/scoring/sql-params";
import {
  databaseEstimate,
  refinedEstimates,
  type RetrievalBudget,
  telltaleTerms,
} from "@/lib/scoring/retrieve-candidates";
import { lexicalCorpus } from "@/lib/scoring/lexical-corpus";
import { activeModel } from "@/lib/scoring/model/model-store";
import { jobPlace, prepareStoredJob } from "@/lib/scoring/stored";

// Retrieval must lose none of the best: on a seeded pool several times larger than what retrieval may
// bring, a job's first 50 rows equal those of scoring every stored candidate exactly. Run on PGlite
// (lib/scoring/retrieval.own-db.test.ts) and on PostgreSQL in parallel workers (retrieval.own-pg.test.ts).

const system = { kind: "system", name: "test" } as const;
const now = new Date("2026-12-01T00:00:00Z");
const POOL = 1_500;
const budget: RetrievalBudget = { wholePoolUpTo: 100, lookedUp: 2_000, estimated: 600, candidates: 150 };
let jobIds: string[] = [];

/** The retrieval suite on this file's database, after `prepare` (settings a database needs first). */
export function describeRetrieval(prepare: () => Promise<void> = async () => {}) {
  beforeAll(async () => {
    await prepare();
    const tag = unique("retrieval");
    await storeSourceProfiles({ tag, count: 120, now });
    await growPool({ tag, from: 0, to: POOL });
    const jobs = await jobRecords({ ctx: system, inputs: generateDemoJobs(now).slice(0, 6) });
    jobIds = await Promise.all(jobs.map(async (job) => (await db.job.create({ data: job, select: { id: true } })).id));
  }, 300_000);

  const top = (entries: { candidateId: string; score: number }[]) =>
    entries.map((entry) => `${entry.candidateId}:${entry.score}`);
  const scoreIn = (page: RankingPage, id: string) => page.items.find((item) => item.candidateId === id)?.score;

  /** A candidate with these résumé stems and another's facts, and no skill or occupation: its id. */
  async function storeWordsOnly(terms: { term: string }[], factsOf: string): Promise<string> {
    const facts = await db.candidate.findUniqueOrThrow({
      where: { id: factsOf },
      select: {
        seniority: true,
        yearsExperienceRange: true,
        educationLevel: true,
        hasDegree: true,
        hasEmail: true,
        hasPhone: true,
        hasLinkedin: true,
        hasAddress: true,
        readingVersion: true,
      },
    });
    const stems = terms.map(({ term }) => term);
    const { id } = await db.candidate.create({
      data: {
        ...facts,
        fullName: unique("Words only"),
        resumeStems: stems,
        resumeStemCounts: stems.map(() => 3),
        resumeLength: 3 * stems.length,
      },
      select: { id: true },
    });
    return id;
  }

  /**
   * Takes the candidate's skills away out of band (no save: its `updatedAt` stays), so only a ranking computed
   * again would score it anew; answers how to give them back.
   */
  async function withoutSkillsUnsaved(id: string): Promise<() => Promise<void>> {
    const skills = await db.candidate.findUniqueOrThrow({
      where: { id },
      select: { technicalSkills: true, mentionedSkills: true },
    });
    const set = (technical: string[], mentioned: string[]) =>
      dbDriver().query(`UPDATE "Candidate" SET "technicalSkills" = $2, "mentionedSkills" = $3 WHERE "id" = $1`, [
        id,
        technical,
        mentioned,
      ]);
    await set([], []);
    return async () => {
      await set(skills.technicalSkills, skills.mentionedSkills);
    };
  }

  describe("ranking by retrieval", () => {
    it("scores a few of the pool, and its first 50 rows equal exhaustive exact scoring", async () => {
      const poolSize = await db.candidate.count();
      const exhaustive = await exhaustiveRankings({ input: { jobIds, limit: 50, now } });
      for (const jobId of jobIds) {
        const page = await rankCandidates({ input: { jobId, limit: 50, offset: 0, now, budget } });
        expect(page.total).toBeLessThan(poolSize / 2);
        expect(top(page.items), jobId).toEqual(top(exhaustive.get(jobId)!));
      }
    });

    it("refines the estimate to the exact score but for one constant a job: a few more than a page scored keep the first 50 exact", async () => {
      const model = await activeModel();
      const whole = await exhaustiveRankings({ input: { jobIds, limit: await db.candidate.count(), now } });
      for (const jobId of jobIds) {
        // Only 10 more than the page scored: the refined order must hold the exact first 50 within its first 60.
        const page = await rankCandidates({
          input: { jobId, limit: 50, offset: 0, now, budget: { ...budget, candidates: 60 } },
        });
        expect(top(page.items), jobId).toEqual(top(whole.get(jobId)!.slice(0, 50)));
        // The seeded résumés copy no posting and echo no requirement: the refined estimate has every part of
        // their scores, soft skills and related occupations included.
        const job = prepareStoredJob(await db.job.findUniqueOrThrow({ where: { id: jobId } }), now);
        const corpus = await lexicalCorpus(job.query.keys());
        const { rows } = await databaseEstimate({ job, corpus, model, lookedUp: budget.lookedUp })!.best(
          budget.estimated,
        );
        const logits = new Map(whole.get(jobId)!.map((entry) => [entry.candidateId, entry.logit]));
        const gaps = (await refinedEstimates(rows, { job, corpus, model })).map(
          (row) => logits.get(row.id)! - row.estimate,
        );
        expect(gaps.length, jobId).toBeGreaterThan(50);
        expect(Math.max(...gaps) - Math.min(...gaps), jobId).toBeLessThan(1e-9);
      }
    });

    it("bounds the database's search without losing any of its best estimated", async () => {
      const model = await activeModel();
      const bounded: number[] = [];
      // A candidate per job using its most telling words, with no skill or occupation and the facts of its
      // best estimated: with no word looked up, words still weigh but find nobody, and this candidate —
      // among the best by the estimate when found — must stay out, however a bound weighs words.
      const wordsOnly: string[] = [];
      const wordsOnlyAmongBest = { found: 0, notFound: 0 };
      try {
        for (const jobId of jobIds) {
          const job = prepareStoredJob(await db.job.findUniqueOrThrow({ where: { id: jobId } }), now);
          const corpus = await lexicalCorpus(job.query.keys());
          const found = databaseEstimate({ job, corpus, model, lookedUp: budget.lookedUp })!;
          wordsOnly.push(await storeWordsOnly(telltaleTerms(job.query, corpus), (await found.best(1)).rows[0]!.id));
          for (const lookedUp of [budget.lookedUp, 0]) {
            const estimate = databaseEstimate({ job, corpus, model, lookedUp })!;
            // The budget's, and few enough that θ stands high and the bounds leave many out.
            for (const limit of [budget.estimated, 50, 10]) {
              const label = `${jobId} ${lookedUp} ${limit}`;
              const best = await estimate.best(limit);
              expect(best.rows, label).toEqual((await estimate.best(limit, { bounded: false })).rows);
              if (best.threshold !== undefined && lookedUp > 0) bounded.push(limit);
              if (best.rows.some((row) => row.id === wordsOnly.at(-1))) {
                wordsOnlyAmongBest[lookedUp > 0 ? "found" : "notFound"] += 1;
              }
            }
          }
        }
      } finally {
        await db.candidate.deleteMany({ where: { id: { in: wordsOnly } } });
      }
      // A probe found θ for every job's best 50 (the budget's 600 of 1,620 can be more than it finds).
      expect(bounded.filter((limit) => limit === 50)).toHaveLength(jobIds.length);
      // Among the best when its words find it, never when they do not.
      expect(wordsOnlyAmongBest.found).toBeGreaterThan(0);
      expect(wordsOnlyAmongBest.notFound).toBe(0);
    });

    it("filters in the database exactly as the scorer's filter, and ranks the best of those it keeps", async () => {
      const whole = await exhaustiveRankings({ input: { jobIds, limit: await db.candidate.count(), now } });
      let missedByFilteringAfter = 0;
      for (const jobId of jobIds) {
        const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
        const filtered = {
          requiredSkills: [...job.requiredTechSkills, ...job.requiredSoftSkills],
          place: jobPlace(job),
        };
        const entries = whole.get(jobId)!;
        const unfiltered = await rankCandidates({ input: { jobId, limit: 10_000, offset: 0, now, budget } });
        for (const filters of filtersFor(filtered.requiredSkills, entries)) {
          const label = `${jobId} ${JSON.stringify(filters)}`;
          const kept = filterEntries(entries, filters);
          expect(await idsKept(poolCondition(filters, filtered)!), label).toEqual(ids(kept));
          const page = await rankCandidates({ input: { jobId, limit: 50, offset: 0, now, budget, filters } });
          expect(top(page.items), label).toEqual(top(kept.slice(0, 50)));
          const afterwards = filterEntries(unfiltered.items, filters).slice(0, 50);
          if (top(afterwards).join() !== top(kept.slice(0, 50)).join()) missedByFilteringAfter += 1;
        }
      }
      // The filters matter here: filtering the unfiltered retrieval afterwards would have missed some.
      expect(missedByFilteringAfter).toBeGreaterThan(0);
    }, 300_000); // some 80 filtered rankings: seconds each on a busy machine

    it("finds a candidate saved a moment ago, through the index the save kept current", async () => {
      const [jobId] = jobIds;
      const job = await db.job.findUniqueOrThrow({
        where: { id: jobId },
        select: { title: true, requiredTechSkills: true },
      });
      const saved = await createCandidate({
        ctx: system,
        input: {
          fullName: unique("Just saved"),
          resumeText: [
            `${job.title} for nine years.`,
            ...job.requiredTechSkills.map((skill) => `- Used ${skill} on client projects every week.`),
          ].join("\n"),
          technicalSkills: job.requiredTechSkills,
        },
      });
      const page = await rankCandidates({ input: { jobId: jobId!, limit: budget.candidates, offset: 0, now, budget } });
      expect(page.items.map((item) => item.candidateId)).toContain(saved.id);
    });

    it("brings a cached ranking up to date with the candidates saved and removed since, scoring only those", async () => {
      const jobId = jobIds[1]!;
      // A budget of its own: a ranking computed here, not one earlier tests cached.
      const ownBudget = { ...budget, candidates: budget.candidates + 1 };
      const rank = () => rankCandidates({ input: { jobId, limit: 50, offset: 0, now, budget: ownBudget } });
      const before = await rank();
      const [best, second, third] = before.items;
      const job = await db.job.findUniqueOrThrow({ where: { id: jobId }, select: { requiredTechSkills: true } });
      const restoreThird = await withoutSkillsUnsaved(third!.candidateId);
      // Saved: the best loses its skills, the second leaves, a new candidate states every required skill.
      await db.candidate.update({
        where: { id: best!.candidateId },
        data: { technicalSkills: [], mentionedSkills: [], listedOnlySkills: [] },
      });
      await db.candidate.delete({ where: { id: second!.candidateId } });
      const saved = await createCandidate({
        ctx: system,
        input: {
          fullName: unique("Saved since"),
          resumeText: job.requiredTechSkills
            .map((skill) => `- Used ${skill} on client projects every week.`)
            .join("\n"),
          technicalSkills: job.requiredTechSkills,
        },
      });
      try {
        const after = await rank();
        expect(scoreIn(after, third!.candidateId), "the unsaved candidate keeps the score it had").toBe(third!.score);
        expect(scoreIn(after, second!.candidateId)).toBeUndefined();
        expect(scoreIn(after, saved.id)).toBeDefined();
        expect(scoreIn(after, best!.candidateId) ?? 0).toBeLessThan(best!.score);
        // As it is stored again, the refreshed ranking's first rows are those of scoring everyone exactly.
        await restoreThird();
        const exhaustive = await exhaustiveRankings({ input: { jobIds: [jobId], limit: 50, now } });
        expect(top((await rank()).items)).toEqual(top(exhaustive.get(jobId)!));
      } finally {
        await restoreThird();
      }
    });

    it("looks at the saves again after a while: a save that committed late, dated before the latest, is brought in", async () => {
      const jobId = jobIds[2]!;
      // A budget of its own: the ranking it leaves cached (stale by design) is no other test's.
      const ownBudget = { ...budget, candidates: budget.candidates + 3 };
      const rank = (recheckAfterMs?: number) =>
        rankCandidates({ input: { jobId, limit: 50, offset: 0, now, budget: ownBudget, recheckAfterMs } });
      // A save now, so the pool's latest save is one the candidate below is not.
      const latest = await db.candidate.findFirstOrThrow({
        select: { id: true, fullName: true },
        orderBy: { id: "desc" },
      });
      await db.candidate.update({ where: { id: latest.id }, data: { fullName: latest.fullName } });
      const before = await rank();
      const changed = before.items.find((item) => item.candidateId !== latest.id)!;
      const stampBefore = (await poolStamp()).stamp;
      // Its skills taken away, dated a minute before the latest save: a sync's write that committed after the
      // ranking read the pool, which changes neither the pool's count nor its latest save.
      const restore = await withoutSkillsUnsaved(changed.candidateId);
      await dbDriver().query(
        `UPDATE "Candidate" SET "updatedAt" = (SELECT max("updatedAt") FROM "Candidate") - interval '1 minute' WHERE "id" = $1`,
        [changed.candidateId],
      );
      try {
        expect((await poolStamp()).stamp).toBe(stampBefore);
        const cached = await rank();
        expect(scoreIn(cached, changed.candidateId), "served as cached within the while").toBe(changed.score);
        const rechecked = await rank(0);
        expect(scoreIn(rechecked, changed.candidateId) ?? 0).toBeLessThan(changed.score);
        expect(rechecked.computedAt, "refreshed, not computed again").toEqual(before.computedAt);
      } finally {
        await restore();
      }
    });

    it("refreshes a filtered ranking within its filters: a candidate saved out of them leaves it", async () => {
      const jobId = jobIds[2]!;
      const ownBudget = { ...budget, candidates: budget.candidates + 2 };
      const [bestOfAll] = (await rankCandidates({ input: { jobId, limit: 1, offset: 0, now, budget: ownBudget } }))
        .items;
      const filters: RankingFilters = { seniority: bestOfAll!.seniority! };
      const rank = () => rankCandidates({ input: { jobId, limit: 50, offset: 0, now, budget: ownBudget, filters } });
      const [leaving, staying, unsaved] = (await rank()).items;
      const restoreUnsaved = await withoutSkillsUnsaved(unsaved!.candidateId);
      const otherLevel = filters.seniority === "junior" ? "senior" : "junior";
      await db.candidate.update({ where: { id: leaving!.candidateId }, data: { seniority: otherLevel } });
      await db.candidate.update({ where: { id: staying!.candidateId }, data: { fullName: unique("Renamed") } });
      try {
        const after = await rank();
        expect(scoreIn(after, leaving!.candidateId)).toBeUndefined();
        expect(scoreIn(after, staying!.candidateId)).toBe(staying!.score);
        expect(scoreIn(after, unsaved!.candidateId), "the unsaved candidate keeps the score it had").toBe(
          unsaved!.score,
        );
        await restoreUnsaved();
        const whole = await exhaustiveRankings({ input: { jobIds: [jobId], limit: await db.candidate.count(), now } });
        expect(top((await rank()).items)).toEqual(top(filterEntries(whole.get(jobId)!, filters).slice(0, 50)));
      } finally {
        await restoreUnsaved();
        await db.candidate.update({ where: { id: leaving!.candidateId }, data: { seniority: filters.seniority } });
      }
    });
  });
}

/** Each filter the database applies, with values the pool holds: every known required skill, either locality, each level. */
function filtersFor(requiredSkills: string[], entries: RankingEntry[]): RankingFilters[] {
  const levels = [...new Set(entries.map((entry) => entry.seniority).filter((level) => level !== null))];
  return [
    ...requiredSkills.map((skill) => ({ skill })),
    { local: true },
    { local: false },
    ...levels.map((seniority) => ({ seniority })),
    { skill: requiredSkills[0], local: true },
  ];
}

async function idsKept(condition: NonNullable<ReturnType<typeof poolCondition>>): Promise<string[]> {
  const { params, param } = sqlParameters();
  const sql = condition(param);
  const rows = await dbDriver().query<{ id: string }>(`SELECT "id" FROM "Candidate" WHERE ${sql}`, params);
  return rows.map((row) => row.id).sort();
}

const ids = (entries: RankingEntry[]) => entries.map((entry) => entry.candidateId).sort();
