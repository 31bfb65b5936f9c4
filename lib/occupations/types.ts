// The generated occupation data (occupations.json, built by scripts/occupations from O*NET and ESCO).

export interface OccupationRecord {
  /** O*NET-SOC code, e.g. "13-1023.00". */
  code: string;
  title: string;
  /** O*NET job zone 1–5: how much preparation the occupation needs; null when O*NET gives none. */
  zone: number | null;
  /** Related occupations: [index into the occupation list, tier 1 (closest) – 3]. */
  related: [number, number][];
  /** Taxonomy skill ids the occupation's work names, most characteristic first. */
  skills: string[];
  /**
   * Stems that most distinguish its task statements and description, most distinguishing first, each with
   * its weight: 1 + log of its count there, times its rarity (log of how few occupations' texts say it).
   */
  terms: [string, number][];
}

export interface OccupationData {
  occupations: OccupationRecord[];
  /** [title as written, flat pairs of occupation index and source weight (3 own title … 1 alternate)]. */
  titles: [string, number[]][];
}

/** Document frequencies of stems over O*NET's task statements and occupation descriptions. */
export interface BackgroundTerms {
  documents: number;
  /** [stem, documents containing it], sorted by stem. */
  terms: [string, number][];
}
