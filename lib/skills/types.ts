// One entry of the generated taxonomy (taxonomy.json), shared by the runtime lookups and the builder.

export type SkillKind = "technical" | "tool" | "soft";
export type SkillSource = "onet" | "esco" | "shortlist";

/**
 * How free text may name an entry: `case` — only as written in its label (languages, products:
 * "Polish", "Salesforce"); `never` — an everyday word that is a skill only in a list ("plan", "energy").
 */
export type TextMatch = "case" | "never";

export interface TaxonomyEntry {
  id: string;
  label: string;
  kind: SkillKind;
  aliases: string[];
  source: SkillSource;
  /** The ESCO v1.1 preferred label this entry stands for, when it stands for one. */
  esco?: string;
  text?: TextMatch;
  /** Added by the broad stage (every ESCO skill, every O*NET technology), not the curated core. */
  broad?: true;
  /** The kinds of software O*NET files a technology under (SAP → erp): naming it states them too. */
  categories?: string[];
}
