import { skillInfo } from "@/lib/skills";
import type { SeniorityLevel } from "@/lib/vocabulary/levels";
import type { SqlWithParams } from "./sql-params";
import type { Band } from "./model/model";
import type { RankingEntry } from "./rank-entries";
import { keyQuery } from "./retrieval-keys";

export interface RankingFilters {
  band?: Band;
  skill?: string;
  seniority?: SeniorityLevel;
  local?: boolean;
}

/** The ranked entries the filters keep: the exact test, on what the scorer found. */
export function filterEntries(entries: RankingEntry[], filters: RankingFilters): RankingEntry[] {
  const { band, skill, seniority, local } = filters;
  if (!band && !skill && !seniority && local === undefined) return entries;
  return entries.filter(
    (entry) =>
      (!band || entry.band === band) &&
      (!seniority || entry.seniority === seniority) &&
      (local === undefined || entry.isLocal === local) &&
      (!skill || entry.matchedSkills.includes(skill)),
  );
}

/** What the database needs to know of the job to filter its pool. */
export interface FilteredJob {
  requiredSkills: readonly string[];
  /** placeKey of the job's location; null for a remote job or one without a location (nobody is local). */
  place: string | null;
}

/**
 * The filters the database applies before retrieval, so that a large pool is searched within them (the
 * best local candidates, not the local ones among the best). Each condition keeps exactly the candidates
 * filterEntries keeps, except where the scorer's test cannot be written in SQL: a required skill the
 * taxonomy does not know is met by spelling or by the résumé's words (skill-match.ts), and the band is
 * the exact score's. Those stay with filterEntries, over what retrieval finds.
 */
export function poolCondition(filters: RankingFilters, job: FilteredJob): SqlWithParams | undefined {
  if (!filters.seniority && !filters.skill && filters.local === undefined) return undefined;
  return (param) => {
    const conditions: string[] = [];
    if (filters.seniority) conditions.push(`"seniority" = ${param(filters.seniority, "text")}`);
    if (filters.skill) conditions.push(skillCondition(filters.skill, job, param));
    if (filters.local !== undefined) {
      // A remote job, or one without a location, makes everyone's locality unknown: neither filter keeps anyone.
      conditions.push(
        job.place === null ? "FALSE" : `"locationKey" ${filters.local ? "=" : "<>"} ${param(job.place, "text")}`,
      );
    }
    return conditions.join(" AND ");
  };
}

/** Met as matchSkills meets a known skill: listed under its id, or stated in the résumé (its skill key). */
function skillCondition(skill: string, job: FilteredJob, param: Parameters<SqlWithParams>[0]): string {
  if (!job.requiredSkills.includes(skill)) return "FALSE"; // only required skills are matched
  const query = skillInfo(skill) === undefined ? null : keyQuery("skill", skill);
  return query === null ? "TRUE" : `"retrievalKeys" @@ ${param(query, "tsquery")}`;
}

/** The filters that change which candidates a ranking scores: part of its cache key. */
export function poolFilterKey({ seniority, skill, local }: RankingFilters): string {
  return JSON.stringify([seniority ?? null, skill ?? null, local ?? null]);
}
