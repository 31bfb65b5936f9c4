// One entry of the generated taxonomy (taxonomy.json), shared by the runtime lookups and the builder.

export type SkillKind = "technical" | "tool" | "soft";
export type SkillSource = "onet" | "esco" | "shortlist";

export interface TaxonomyEntry {
  id: string;
  label: string;
  kind: SkillKind;
  aliases: string[];
  source: SkillSource;
}
