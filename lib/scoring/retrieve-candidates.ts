import "server-only";
import type { NumericSignalName } from "@/lib/vocabulary/signals";
import type { ScoringModelDefinition } from "@/lib/vocabulary/scoring-model";
import { dbDriver, type SessionQuery } from "@/lib/db";
import { forEachChunk } from "@/lib/util/chunks";
import { factEstimate } from "./fact-estimate";
import type { PreparedJob } from "./prepared";
import { bestRefined, type EstimatedRow, type Refined, refinedEstimate } from "./refined-estimate";
import { reachingSets } from "./reaching-sets";
import { allOf, allOfOneOf, anyOf, isStoredKey, type KeyQuery, keyQuery } from "./retrieval-keys";
import type { LexicalCorpus } from "./signals/lexical";
import { keptBy, type SqlWithParams, sqlParameters } from "./sql-params";

// Which stored candidates are worth scoring exactly for a job. The retrieval index (GIN over each
// candidate's retrieval keys, retrieval-keys.ts) finds everyone who uses one of the job's most telling words
// (as many as the budget's résumés allow), lists or states one of its skills, or names one of its
// occupations; the database orders them by an estimate of their score from the same keys (the
// model's own weights on the words, skills and occupations each one has, and the parts of the logit the
// level, experience and other facts it can look up make: fact-estimate.ts), visiting only those who can be
// among the best (MaxScore: boundedBestEstimated). The best `estimated` come back with their résumé terms,
// occupations and vectors, the estimate takes lexical relevance, the occupations' similarity and semantic
// similarity exactly (refined-estimate.ts), and the best `candidates` are scored in full. Exactness of the
// first rows is checked, not proven: see retrieval.own-db.test.ts and bench:rank.

export interface RetrievalBudget {
  /** Pools up to this size are scored whole. */
  wholePoolUpTo: number;
  /** How many résumés the looked-up words may find (by their document frequencies): the rows estimated. */
  lookedUp: number;
  /** How many candidates, best estimated in the database first, have their meaning compared. */
  estimated: number;
  /** How many of those, best first, are scored exactly. */
  candidates: number;
}

/**
 * The budget for a pool of this size. The database's estimate orders candidates only roughly as the scorer
 * does (its words are held or not, where the score weighs how often and how long the résumé is, and it has no
 * meaning), so the exact best can stand deep in its order: of 20 jobs' first 50, the deepest stood 369th at
 * 100,000 synthetic candidates and 2,977th at 1,000,000 (7 Dec 2026); 0.5% estimated, at least 1,000 (2.7 and
 * 1.7 times those depths), keeps 20 of 20 jobs exact at both sizes (bench:rank). Refined, the estimate has
 * every part of the score but what only reading the résumé tells (lines copied from the posting or echoing its
 * requirements, skills spelled alike): there the exact first 50 were the refined first 50 for all 20 jobs at
 * both sizes, so a few hundred scored leave room for candidates it puts too high (or low) by those.
 */
export const defaultBudget = (poolSize: number): RetrievalBudget => ({
  wholePoolUpTo: 5_000,
  lookedUp: 100_000,
  estimated: Math.max(1_000, Math.ceil(poolSize * 0.005)),
  candidates: Math.max(500, Math.ceil(poolSize * 0.001)),
});

// Candidate rows as `c`, each with its retrieval keys read once as `k.keys`. A lateral call: an array of the
// keys holds them detoasted (out of the TOAST table, where long ones are kept, or decompressed), so they are
// read once a row rather than once a key (a job's estimate at 100,000 candidates 5.2–6.8 s → 1.3 s with the
// keys out of line), and the array is a copy where strip() built the keys again (one job at 100,000 on PGlite
// 708–770 → 640–649 ms, 7 Dec 2026); unlike a subquery fenced with OFFSET 0, which read them once too, it lets
// PostgreSQL scan and estimate in parallel workers.
const WITH_KEYS = `"Candidate" c CROSS JOIN LATERAL unnest(ARRAY[c."retrievalKeys"]) AS k(keys)`;
// Rows of résumé terms and vectors read at once to refine the estimate, and how many such reads run at once:
// reading is the bound (~0.4 s of the ~0.55 s refining 10,005 rows took at 1,000,000), and two reads at once
// took it to ~0.37 s (7 Dec 2026).
const REFINED_CHUNK = 250;
const REFINED_READS = 2;
// How many of the job's words are looked up: the most telling ones, by query weight times rarity.
const TERMS = 16;
// The skills the occupation-evidence signal looks for (features.ts checks the occupation's first 15).
const OCCUPATION_SKILLS = 15;

/** The job's most telling words that résumés use, each with its share of the query's weight (weight × rarity). */
export function telltaleTerms(
  query: ReadonlyMap<string, number>,
  corpus: LexicalCorpus,
): { term: string; share: number; frequency: number }[] {
  const documents = Math.max(1, corpus.documents);
  const weighed = [...query].map(([term, weight]) => {
    const frequency = corpus.documentFrequency(term);
    return { term, frequency, value: weight * Math.log((documents + 1) / (frequency + 1)) };
  });
  const total = weighed.reduce((sum, { value }) => sum + value, 0) || 1;
  weighed.sort((a, b) => b.value - a.value || (a.term < b.term ? -1 : 1));
  // A word (almost) no résumé uses finds nobody: looking it up would only cost. Nor is a word the keys leave
  // out looked up (the others keep their shares).
  const found = weighed.filter(({ term, frequency }) => frequency > 0 && isStoredKey(term));
  return found.slice(0, TERMS).map(({ term, value, frequency }) => ({ term, share: value / total, frequency }));
}

/** Ids of the candidates to score for the job, of those a condition (the ranking's filters) keeps. */
export async function retrieveCandidateIds({
  job,
  corpus,
  model,
  poolSize,
  within,
  budget = defaultBudget(poolSize),
}: {
  job: PreparedJob;
  corpus: LexicalCorpus;
  model: Pick<ScoringModelDefinition, "terms">;
  poolSize: number;
  within?: SqlWithParams;
  budget?: RetrievalBudget;
}): Promise<string[]> {
  // A pool small enough, or filtered to few enough, is scored whole.
  if (poolSize <= budget.wholePoolUpTo || within) {
    const { params, param } = sqlParameters();
    const rows = await dbDriver().query<{ id: string }>(
      `SELECT "id" FROM "Candidate" WHERE ${keptBy(within, param)}
        LIMIT ${Number(budget.wholePoolUpTo) + 1}`,
      params,
    );
    if (rows.length <= budget.wholePoolUpTo) return rows.map((row) => row.id);
  }
  const estimate = databaseEstimate({ job, corpus, model, within, lookedUp: budget.lookedUp });
  if (estimate === null) return [];
  const { rows: estimated } = await estimate.best(budget.estimated);
  const refined = await refinedEstimates(estimated, { job, corpus, model });
  return bestRefined(refined, budget.candidates).map((row) => row.id);
}

/**
 * The estimates refined: the rows come back a chunk at a time with résumé terms, occupations and vectors;
 * each refined estimate replaces the words and the occupation's part of the database's estimate with them,
 * keeping the rest of it as the database computed it.
 */
export async function refinedEstimates(
  estimated: readonly EstimatedBest[],
  { job, corpus, model }: { job: PreparedJob; corpus: LexicalCorpus; model: Pick<ScoringModelDefinition, "terms"> },
): Promise<Refined[]> {
  const parts = new Map(
    estimated.map((row) => [row.id, { rest: Number(row.rest), occupation: Number(row.occupation) }]),
  );
  const refined: Refined[] = [];
  await forEachChunk(
    estimated.map((row) => row.id),
    REFINED_CHUNK,
    (ids) =>
      dbDriver().query<EstimatedRow>(
        `SELECT "id", "resumeWords" IS NOT NULL AS "read",
                array_to_string("resumeStems", chr(31)) AS "stems", array_to_string("resumeStemCounts", chr(31)) AS "counts",
                "resumeLength" AS "length", encode("embedding", 'base64') AS "embedding", "embeddingModel" AS "model",
                array_to_string("occupationCodes", chr(31)) AS "occupationCodes",
                array_to_string("occupationConfidence", chr(31)) AS "occupationConfidence"
           FROM "Candidate" WHERE "id" = ANY($1::text[])`,
        [ids],
      ),
    (rows) => {
      for (const row of rows) refined.push(refinedEstimate(row, parts.get(row.id)!, job, corpus, model));
    },
    REFINED_READS,
  );
  return refined;
}

/** A job's estimate in the database: the best candidates by it. */
export interface DatabaseEstimate {
  /**
   * The best `limit` by the estimate among the candidates found, and the θ that bounded the search (none when
   * no probe found one); unbounded, everyone found is estimated in full (what the bounds must equal).
   */
  best(limit: number, options?: { bounded?: boolean }): Promise<{ rows: EstimatedBest[]; threshold?: number }>;
}

export interface EstimatedBest {
  id: string;
  estimate: number;
  /** Its part other than words, which the refined estimate keeps but for the occupation's part. */
  rest: number;
  /** The occupation's part of `rest`, which the refined estimate replaces with the occupations' similarity. */
  occupation: number;
}

/** The estimate for the job among the candidates `within` keeps; null when its keys find nobody. */
export function databaseEstimate({
  job,
  corpus,
  model,
  within,
  lookedUp,
}: {
  job: PreparedJob;
  corpus: LexicalCorpus;
  model: Pick<ScoringModelDefinition, "terms">;
  within?: SqlWithParams;
  /** How many résumés the looked-up words may find (RetrievalBudget.lookedUp). */
  lookedUp: number;
}): DatabaseEstimate | null {
  const { keys, found } = estimateKeys(job, corpus, model, lookedUp);
  if (found === null) return null;
  const facts = factEstimate(job, model);
  // The parts of the estimate, as SQL over a row's keys (`k.keys`, read once a row) and its facts.
  const sum = (parts: EstimateKey[], param: Parameters<SqlWithParams>[0]) =>
    parts.length === 0
      ? "0::float8"
      : `(${parts.map((key) => `${key.weight}::float8 * (k.keys @@ ${param(key.query, "tsquery")})::int`).join(" + ")})`;
  const ofPart = (part: EstimateKey["part"]) => keys.filter((key) => key.part === part);
  const wordKeys = ofPart("word");
  const words: SqlWithParams = (param) => sum(wordKeys, param);
  const occupation: SqlWithParams = (param) => sum(ofPart("occupation"), param);
  const others: SqlWithParams = (param) => `${sum(ofPart("other"), param)} + (${facts.sql(param)})`;
  const wordsMax = wordKeys.reduce((total, key) => total + Math.max(0, key.weight), 0);
  // The best estimated among the candidates a condition keeps, sorted on narrow rows (only the estimate
  // leaves PostgreSQL's parallel workers, each keeping its best). The part other than words is computed
  // first, once a row (a lateral call, as the keys are read); given a θ, a row whose other part falls short
  // of it by more than all the words weigh is left without testing a word.
  const bestEstimated =
    (query: SessionQuery, limit: number): BestEstimated =>
    (condition, { probed, threshold } = {}) => {
      const { params, param } = sqlParameters();
      const reachable =
        threshold === undefined
          ? ""
          : `AND r."others" + r."occupation" >= ${param(threshold - wordsMax - MARGIN, "float8")}`;
      return query<EstimatedBest>(
        `SELECT "id", "estimate", "rest", "occupation" FROM (
           SELECT c."id", r."occupation", r."others" + r."occupation" AS "rest",
                  r."others" + r."occupation" + ${words(param)} AS "estimate"
             FROM ${WITH_KEYS}
                  CROSS JOIN LATERAL unnest(ARRAY[${occupation(param)}], ARRAY[${others(param)}]) AS r("occupation", "others")
            WHERE ${keptBy(within, param)} AND c."retrievalKeys" @@ ${param(condition, "tsquery")} ${reachable}
            ${probed === undefined ? "" : `LIMIT ${Number(probed)}`}) AS estimated
          ORDER BY "estimate" DESC, "id"
          LIMIT ${Number(limit)}`,
        params,
      );
    };
  return {
    // The probes and the estimate share one connection, with JIT off once for all of them.
    best: (limit, { bounded = true } = {}) =>
      withoutJit(async (query) =>
        bounded
          ? boundedBestEstimated(keys, facts.max, found, limit, bestEstimated(query, limit))
          : { rows: await bestEstimated(query, limit)(found) },
      ),
  };
}

/**
 * Reads on one connection with PostgreSQL's JIT compilation off. A ranking's estimate costs far above the
 * planner's JIT threshold, but compiling it took 0.4 s of 6 s serially and 0.5–0.7 s of 3.5 s in parallel (each
 * worker compiles its own) at 1,000,000 candidates, and gained back less. PGlite has no JIT; the setting is
 * harmless.
 */
function withoutJit<T>(work: (query: SessionQuery) => Promise<T>): Promise<T> {
  return dbDriver().withConnection(async (query) => {
    await query("SET jit = off");
    try {
      return await work(query);
    } finally {
      // The work's own error is the one to report; a connection broken under both fails this too.
      await query("RESET jit").catch(() => {});
    }
  });
}

// Float sums in the database and here may differ in the last bits: bounds are compared with a margin.
const MARGIN = 1e-9;
// A probe estimates candidates holding all of at most this many of the heaviest keys, this many per place:
// the more keys they hold, and the more of them, the nearer θ comes to the `limit`-th best. At 100,000 on
// PGlite 6 keys rather than 3 took the median of 20 jobs' main estimate from ~710 to ~590 ms, and a probe
// finding too few costs 25–55 ms; at 1,000,000 on PostgreSQL 4 per place rather than 2 took 8 jobs' first
// pages from 31.5–32.8 to 29.3–30.4 s in all (3 runs each; 1 per place: slower), 7 Dec 2026.
const PROBED_KEYS = 6;
const PROBED_PER_PLACE = 4;
// The index condition weighs holding up to this many of the heaviest keys, in up to this many least sets.
const BOUNDING_KEYS = 16;
const BOUNDING_SETS = 24;

/**
 * The best `limit` by the database's estimate, visiting only the candidates that can be among them
 * (MaxScore over the retrieval index, then row by row). The estimate adds a fixed weight per key held and the
 * facts' part, at most `headroom`. Once `limit` candidates are known to estimate at least θ, a candidate is
 * among the best only if the heaviest keys it holds make up what every lighter key and the headroom leave
 * short of θ, so only if it holds all of one least set of them that does (reaching-sets.ts): the index
 * finds those. A probe finds such a θ: the `limit`-th best of some candidates holding all of the heaviest few
 * keys. Of the rows found, a row's words are tested only where they can lift the rest of its estimate to θ —
 * the same best `limit` as over everyone found, estimated in full.
 */
async function boundedBestEstimated(
  keys: EstimateKey[],
  headroom: number,
  found: KeyQuery,
  limit: number,
  bestEstimated: BestEstimated,
): Promise<{ rows: EstimatedBest[]; threshold?: number }> {
  const heaviest = keys.filter((key) => key.weight > 0).sort((a, b) => b.weight - a.weight);
  let threshold: number | undefined;
  for (let probed = Math.min(PROBED_KEYS, heaviest.length); probed > 0 && threshold === undefined; probed--) {
    const condition = foundHoldingAllOfOne(found, [heaviest.slice(0, probed)]);
    const rows = await bestEstimated(condition, { probed: PROBED_PER_PLACE * limit });
    if (rows.length === limit) threshold = Number(rows[limit - 1]!.estimate);
  }
  if (threshold === undefined) return { rows: await bestEstimated(found) };
  // With the heaviest `count` keys set apart, a row reaches θ only if those it holds weigh at least what the
  // lighter keys and the headroom leave short of θ: the index finds the rows holding all of one least set
  // that does, for the most keys whose least sets stay few.
  let lighter = heaviest.reduce((total, key) => total + key.weight, headroom);
  let condition = found;
  for (let count = 1; count <= Math.min(BOUNDING_KEYS, heaviest.length); count++) {
    lighter -= heaviest[count - 1]!.weight;
    if (lighter < threshold - MARGIN) {
      const weights = heaviest.slice(0, count).map((key) => key.weight);
      const sets = reachingSets(weights, threshold - MARGIN - lighter, BOUNDING_SETS);
      if (sets === null) break;
      const keysOf = (set: number[]) => set.map((index) => heaviest[index]!);
      if (sets.length > 0) condition = foundHoldingAllOfOne(found, sets.map(keysOf));
    }
  }
  return { rows: await bestEstimated(condition, { threshold }), threshold };
}

/**
 * The candidates found that hold every key of one of the sets. The finding condition is left out when every
 * set holds a key that only found candidates hold: the index would read the lists of all its keys (a word, a
 * skill or an occupation, each held by up to most of the pool) for nothing — a fifth to a third of the
 * index's time at 100,000 candidates on PGlite (7 Dec 2026).
 */
function foundHoldingAllOfOne(found: KeyQuery, sets: EstimateKey[][]): KeyQuery {
  const holding = allOfOneOf(sets.map((set) => set.map((key) => key.query)))!;
  return sets.every((set) => set.some((key) => key.finds)) ? holding : allOf(found, holding);
}

/**
 * The best by the database's estimate among the candidates holding `condition`: of the first `probed` found,
 * or of those who can estimate at least `threshold` (a row's words are not tested when the rest of its
 * estimate and every word's weight fall short of it).
 */
type BestEstimated = (
  condition: KeyQuery,
  options?: { probed?: number; threshold?: number },
) => Promise<EstimatedBest[]>;

/** One fact the database's estimate weighs: a word, skill or occupation a candidate has or has not. */
interface EstimateKey {
  /** The candidates holding it, whose retrieval keys the index finds and each estimated row tests. */
  query: KeyQuery;
  weight: number;
  /**
   * A résumé word or the job's occupations: the refined estimate replaces those with lexical relevance and
   * the occupations' similarity.
   */
  part: "word" | "occupation" | "other";
  /** Only candidates found hold it: a finding key, or a skill evidenced (which is stated, so a skill key too). */
  finds: boolean;
}

/**
 * The estimate the database computes: one key per looked-up word and skill (a lexeme looked up in each
 * row's retrieval keys, read once), each the change in the logit that having it makes as far as the keys
 * tell; and what finds a candidate at all (a looked-up word, a skill or an occupation).
 */
function estimateKeys(
  job: PreparedJob,
  corpus: LexicalCorpus,
  model: Pick<ScoringModelDefinition, "terms">,
  lookUpBudget: number,
): { keys: EstimateKey[]; found: KeyQuery | null } {
  const weight = (signal: NumericSignalName) => model.terms[signal]?.weight ?? 0;
  const terms = telltaleTerms(job.query, corpus);
  const tech = job.requiredTechSkills;
  const required = [...tech, ...job.requiredSoftSkills];
  const occupationSkills = job.occupationSkills.slice(0, OCCUPATION_SKILLS);
  // Looked up: the most telling words, as long as the résumés using them stay within the budget.
  let documents = 0;
  const lookedUp = terms.filter(({ frequency }) => (documents += frequency) <= lookUpBudget);
  const codes = job.occupations.map((fit) => fit.code);
  const skills = [...new Set([...required, ...occupationSkills])];
  const stored = (queries: (KeyQuery | null)[]) => queries.filter((query) => query !== null);
  // The same fact weighed twice (a required skill that is also the occupation's) is one key; a value the
  // keys leave out is none (no candidate holds it).
  const keys = new Map<KeyQuery, EstimateKey>();
  const add = (
    query: KeyQuery | null,
    weight: number,
    { part = "other", finds = true }: Partial<Pick<EstimateKey, "part" | "finds">> = {},
  ) => {
    if (query === null) return;
    const known = keys.get(query);
    if (known) known.weight += weight;
    else keys.set(query, { query, weight, part, finds });
  };
  const looked = new Set(lookedUp.map(({ term }) => term));
  for (const { term, share } of terms) {
    add(keyQuery("word", term), weight("lexical_relevance") * share, { part: "word", finds: looked.has(term) });
  }
  for (const skill of tech) {
    add(keyQuery("skill", skill), weight("tech_skill_coverage") / tech.length - weight("missing_required_skills"));
  }
  const soft = job.requiredSoftSkills;
  for (const skill of soft) add(keyQuery("skill", skill), weight("soft_skill_coverage") / soft.length);
  for (const skill of tech) add(keyQuery("evidenced", skill), weight("required_skills_evidenced") / tech.length);
  for (const skill of occupationSkills) {
    add(keyQuery("evidenced", skill), weight("occupation_skills_evidenced") / occupationSkills.length);
  }
  add(anyOf(stored(codes.map((code) => keyQuery("occupation", code)))), weight("occupation_similarity"), {
    part: "occupation",
  });
  return {
    keys: [...keys.values()],
    found: anyOf(
      stored([
        ...lookedUp.map(({ term }) => keyQuery("word", term)),
        ...skills.map((skill) => keyQuery("skill", skill)),
        ...codes.map((code) => keyQuery("occupation", code)),
      ]),
    ),
  };
}
