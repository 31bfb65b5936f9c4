// Builds lib/occupations/occupations.json from O*NET 29.2 and ESCO v1.2 occupation data in
// data/occupations (CC BY 4.0; see PROVENANCE.md there). Pure and deterministic. Rules:
//   T1. Titles: each O*NET occupation's own title (weight 3), its reported and short titles (2) and its
//       alternate titles (1). An ESCO occupation lends its preferred and alternative labels (weight 1) to
//       the O*NET occupation most of its labels name surely among those whose preparation (job zone) fits
//       its ISCO group's skill level (escoOccupation, preparationFits); the rest are left out (there is no
//       official crosswalk, and a doubtful mapping is worse than none).
//   T2. Job zone (1–5, preparation needed) and related occupations (tiers Primary-Short, Primary-Long,
//       Supplemental) as O*NET states them.
//   T4. Background document frequencies of work language (task statements and descriptions), stems seen
//       at least MIN_BACKGROUND_FREQUENCY times.
//   T3. Skills: the taxonomy skills its core task statements name (lib/skills findSkillsInText), most
//       frequent first, then the technologies that the taxonomy knows and that are in demand in its
//       postings, then those only hot across the labour market — without the latter when more than
//       GENERIC_SKILL_SHARE of all occupations list them (Excel, Microsoft Office, Word, Outlook,
//       PowerPoint, Access: in demand for a sales representative, they would otherwise count as a nurse's
//       or a teacher's typical skills); at most MAX_SKILLS.
//   T6. British titles (british-titles.ts, Shortlist's own reviewed list) name their occupation with weight
//       BRITISH_TITLE_WEIGHT, above what the sources together file under the same words: "Sales
//       Assistant" is a retail salesperson, not a brokerage clerk. A code the data does not know fails the
//       build.
//   T5. Work terms: the stems that most distinguish an occupation's task statements and description from
//       other occupations' ((1 + log count) in its texts times the log of how few occupations' texts say
//       it: sublinear tf-idf, so no one word outweighs the rest), at most MAX_WORK_TERMS, most
//       distinguishing first, each with that weight. They tell the occupations a title names apart by the
//       words around it (a posting's text, a résumé role's own lines).
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildTitleIndex, matchTitle, type TitleIndex } from "@/lib/occupations/title-index";
import type { BackgroundTerms, OccupationData, OccupationRecord } from "@/lib/occupations/types";
import { canonicalSkill, findSkillsInText } from "@/lib/skills";
import { countTerms, termsOf } from "@/lib/text/terms";
import { parseCsv, type CsvRecord } from "@/lib/util/csv";
import { BRITISH_TITLES } from "./british-titles";

export const OCCUPATION_FILES = {
  occupations: "onet_occupation_data.csv",
  alternateTitles: "onet_alternate_titles.csv",
  reportedTitles: "onet_sample_of_reported_titles.csv",
  jobZones: "onet_job_zones.csv",
  related: "onet_related_occupations.csv",
  technology: "onet_technology_skills.csv",
  tasks: "onet_task_statements.csv",
  esco: "esco_occupations_en.csv",
} as const;

const MAX_SKILLS = 30;
/** Above the most the sources file under one title (own 3 + reported 2 + alternate and ESCO 1 each). */
const BRITISH_TITLE_WEIGHT = 10;
const GENERIC_SKILL_SHARE = 0.25;
const MAX_WORK_TERMS = 40;
const MIN_BACKGROUND_FREQUENCY = 2;
const ESCO_MIN_SIMILARITY = 0.8;
const TIERS: Record<string, number> = { "Primary-Short": 1, "Primary-Long": 2, Supplemental: 3 };

function read(sourceDir: string, file: string): CsvRecord[] {
  return parseCsv(readFileSync(path.join(sourceDir, file), "utf8"));
}

interface RankedSkill {
  id: string;
  /** Named by its tasks or in demand in its own postings, rather than only hot across the labour market. */
  own: boolean;
}

function rankedSkills(tasks: string[], technologies: CsvRecord[]): RankedSkill[] {
  const counts = new Map<string, number>();
  for (const task of tasks) for (const id of findSkillsInText(task)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const fromTasks = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([id]) => ({ id, own: true }));
  // In demand (in this occupation's postings) before only hot (in demand across the labour market).
  const rank = (row: CsvRecord) => (row["In Demand"] === "Y" ? 2 : 0) + (row["Hot Technology"] === "Y" ? 1 : 0);
  const fromTechnology = technologies
    .filter((row) => rank(row) > 0)
    .sort((a, b) => rank(b) - rank(a) || (a.Example! < b.Example! ? -1 : 1))
    .map((row) => ({ skill: canonicalSkill(row.Example ?? ""), own: row["In Demand"] === "Y" }))
    .filter(({ skill }) => skill.known)
    .map(({ skill, own }) => ({ id: skill.id, own }));
  const seen = new Set<string>();
  return [...fromTasks, ...fromTechnology].filter(({ id }) => !seen.has(id) && seen.add(id));
}

/**
 * Rule T3's lists cut to MAX_SKILLS, without the technologies that are only hot for an occupation when more
 * than GENERIC_SKILL_SHARE of all occupations list them.
 */
function distinctiveSkills(lists: readonly RankedSkill[][]): string[][] {
  const occupationsWith = new Map<string, number>();
  for (const list of lists) for (const { id } of list) occupationsWith.set(id, (occupationsWith.get(id) ?? 0) + 1);
  const generic = (id: string) => occupationsWith.get(id)! > GENERIC_SKILL_SHARE * lists.length;
  return lists.map((list) =>
    list
      .filter(({ id, own }) => own || !generic(id))
      .map(({ id }) => id)
      .slice(0, MAX_SKILLS),
  );
}

/** Rule T5: each occupation's most distinguishing stems, by (1 + log count) in its texts times rarity among occupations. */
function workTerms(textsOf: readonly string[][]): [string, number][][] {
  const counts = textsOf.map((texts) => countTerms(texts.flatMap((text) => termsOf(text))));
  const occupationsSaying = new Map<string, number>();
  for (const terms of counts)
    for (const term of terms.keys()) occupationsSaying.set(term, (occupationsSaying.get(term) ?? 0) + 1);
  const rarity = (term: string) => Math.log(counts.length / occupationsSaying.get(term)!);
  return counts.map((terms) =>
    [...terms]
      .map(([term, count]) => [term, (1 + Math.log(count)) * rarity(term)] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_WORK_TERMS)
      .map(([term, weight]) => [term, Math.round(weight * 100) / 100]),
  );
}

function groupBy(rows: CsvRecord[], column: string): Map<string, CsvRecord[]> {
  const groups = new Map<string, CsvRecord[]>();
  for (const row of rows) {
    const key = row[column] ?? "";
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  return groups;
}

/**
 * The O*NET job zones each ISCO-08 major group's skill level corresponds to (ILO: managers 3–4,
 * professionals 4, technicians and associate professionals 3, clerks to machine operators 2, elementary
 * occupations 1; skill level 1 ≈ zones 1–2 … 4 ≈ zones 4–5). Armed forces (0) span every level.
 */
const ISCO_ZONES: Readonly<Record<string, readonly [number, number]>> = {
  "1": [3, 5],
  "2": [4, 5],
  "3": [3, 4],
  "4": [2, 3],
  "5": [2, 3],
  "6": [2, 3],
  "7": [2, 3],
  "8": [2, 3],
  "9": [1, 2],
};

/**
 * Whether an O*NET occupation of this job zone can be what an ESCO occupation of this ISCO group is: its
 * zone at most one away from the group's. Words alone mislead across levels — ESCO's "child care social
 * worker" (a professional, 2635) reads like O*NET's childcare workers (zone 2). An unknown zone or group
 * fits.
 */
export function preparationFits(iscoGroup: string, zone: number | null): boolean {
  const zones = ISCO_ZONES[iscoGroup.charAt(0)];
  return !zones || zone === null || (zone >= zones[0] - 1 && zone <= zones[1] + 1);
}

/**
 * Rule T1's mapping of one ESCO occupation onto O*NET: each of its labels (preferred and alternative,
 * "solicitor", "lawyer"…) votes for the O*NET occupation it names surely (≥ ESCO_MIN_SIMILARITY) if that
 * occupation `fits`; the occupation with most of the vote wins when it has at least a label's worth and
 * more than half of it.
 */
function escoOccupation(
  index: TitleIndex,
  labels: readonly string[],
  fits: (occupation: number) => boolean,
): number | null {
  const votes = new Map<number, number>();
  for (const label of labels) {
    const [match] = matchTitle(index, label, 1);
    if (match && match.confidence >= ESCO_MIN_SIMILARITY && fits(match.occupation)) {
      votes.set(match.occupation, (votes.get(match.occupation) ?? 0) + match.confidence);
    }
  }
  const total = [...votes.values()].reduce((sum, vote) => sum + vote, 0);
  const [best] = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return best && best[1] >= ESCO_MIN_SIMILARITY && best[1] > total / 2 ? best[0] : null;
}

export function buildOccupations(sourceDir: string): OccupationData {
  const base = read(sourceDir, OCCUPATION_FILES.occupations);
  const codes = base.map((row) => row["O*NET-SOC Code"]!);
  const indexOf = new Map(codes.map((code, position) => [code, position]));
  const zones = new Map(
    read(sourceDir, OCCUPATION_FILES.jobZones).map((row) => [row["O*NET-SOC Code"]!, Number(row["Job Zone"])]),
  );
  const related = groupBy(read(sourceDir, OCCUPATION_FILES.related), "O*NET-SOC Code");
  const technology = groupBy(read(sourceDir, OCCUPATION_FILES.technology), "O*NET-SOC Code");
  const tasks = groupBy(
    read(sourceDir, OCCUPATION_FILES.tasks).filter((row) => row["Task Type"] !== "Supplemental"),
    "O*NET-SOC Code",
  );

  const titles: [string, number, number][] = [];
  base.forEach((row, position) => titles.push([row.Title!, position, 3]));
  for (const row of read(sourceDir, OCCUPATION_FILES.reportedTitles)) {
    const position = indexOf.get(row["O*NET-SOC Code"]!);
    if (position !== undefined) titles.push([row["Reported Job Title"]!, position, 2]);
  }
  for (const row of read(sourceDir, OCCUPATION_FILES.alternateTitles)) {
    const position = indexOf.get(row["O*NET-SOC Code"]!);
    if (position === undefined) continue;
    titles.push([row["Alternate Title"]!, position, 1]);
    if (row["Short Title"]) titles.push([row["Short Title"], position, 2]);
  }
  const onetIndex = buildTitleIndex(titles);
  for (const row of read(sourceDir, OCCUPATION_FILES.esco)) {
    const labels = [row.preferredLabel ?? "", ...(row.altLabels ?? "").split("\n")]
      .map((label) => label.trim())
      .filter(Boolean);
    const occupation = escoOccupation(onetIndex, labels, (position) =>
      preparationFits(row.iscoGroup ?? "", zones.get(codes[position]!) ?? null),
    );
    if (occupation === null) continue;
    for (const label of labels) titles.push([label, occupation, 1]);
  }
  for (const [code, britishTitles] of Object.entries(BRITISH_TITLES)) {
    const position = indexOf.get(code);
    if (position === undefined) throw new Error(`british-titles.ts names ${code}, which O*NET does not list`);
    for (const title of britishTitles) titles.push([title, position, BRITISH_TITLE_WEIGHT]);
  }

  const taskTexts = base.map((row) => (tasks.get(row["O*NET-SOC Code"]!) ?? []).map((task) => task.Task!));
  const terms = workTerms(base.map((row, position) => [...taskTexts[position]!, row.Description ?? ""]));
  const skills = distinctiveSkills(
    base.map((row, position) => rankedSkills(taskTexts[position]!, technology.get(row["O*NET-SOC Code"]!) ?? [])),
  );
  const occupations: OccupationRecord[] = base.map((row, position) => {
    const code = row["O*NET-SOC Code"]!;
    return {
      code,
      title: row.Title!,
      zone: zones.get(code) ?? null,
      related: (related.get(code) ?? [])
        .map((link) => [indexOf.get(link["Related O*NET-SOC Code"]!), TIERS[link["Relatedness Tier"]!]] as const)
        .filter((link): link is readonly [number, number] => link[0] !== undefined && link[1] !== undefined)
        .map(([position, tier]) => [position, tier]),
      skills: skills[position]!,
      terms: terms[position]!,
    };
  });
  const byTitle = new Map<string, Map<number, number>>();
  for (const [title, occupation, weight] of titles) {
    const key = title.replace(/\s+/g, " ").trim();
    const known = byTitle.get(key) ?? new Map<number, number>();
    known.set(occupation, Math.max(weight, known.get(occupation) ?? 0));
    byTitle.set(key, known);
  }
  const titleList = [...byTitle]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([title, known]) => [title, [...known].sort((a, b) => a[0] - b[0]).flat()] as [string, number[]]);
  return { occupations, titles: titleList };
}

/**
 * Document frequencies of work language: every task statement and occupation description is a document.
 * Lexical relevance falls back on them while the candidate pool is too small to give its own (rule T4).
 */
export function buildBackgroundTerms(sourceDir: string): BackgroundTerms {
  const documents = [
    ...read(sourceDir, OCCUPATION_FILES.tasks).map((row) => row.Task ?? ""),
    ...read(sourceDir, OCCUPATION_FILES.occupations).map((row) => row.Description ?? ""),
  ];
  const frequency = new Map<string, number>();
  for (const document of documents) {
    for (const term of new Set(termsOf(document))) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  const terms = [...frequency]
    .filter(([, count]) => count >= MIN_BACKGROUND_FREQUENCY)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { documents: documents.length, terms };
}

export function serializeBackgroundTerms(background: BackgroundTerms): string {
  return `{"documents":${background.documents},"terms":[\n${background.terms.map((term) => JSON.stringify(term)).join(",\n")}\n]}\n`;
}

/** The committed format: one occupation or title per line. */
export function serializeOccupations(data: OccupationData): string {
  const occupations = data.occupations.map((occupation) => JSON.stringify(occupation));
  const titles = data.titles.map((title) => JSON.stringify(title));
  return `{"occupations":[\n${occupations.join(",\n")}\n],\n"titles":[\n${titles.join(",\n")}\n]}\n`;
}
