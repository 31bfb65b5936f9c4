// Builds Shortlist's compact skill taxonomy (taxonomy.json) from the licensed source data in
// data/skills (ESCO v1.2.0 skill collections and O*NET 29.2 Technology Skills, both CC BY 4.0;
// see README.md in this folder) plus Shortlist's own reviewed additions (SHORTLIST_ENTRIES in curation.ts and
// aliases.ts). Pure and deterministic: the same source files give byte-identical output.
// CLI: scripts/skill-taxonomy/main.ts. Test: taxonomy.test.ts re-runs this and compares with the JSON.
//
// Selection and transformation rules
// ----------------------------------
// O*NET (onet_technology_skills.csv, one row per technology "example"):
//   O1. A row is selected when it is a Hot Technology, is flagged In Demand for at least one occupation,
//       or is listed in ONET_MAP (curated extras: MLflow, Jupyter, Prometheus, Keras…). An ONET_MAP value of
//       null excludes a row (generic categories such as "Accounting software", vendor boilerplate, SKUs).
//   O2. Label cleaning: a trailing lowercase " software" / " system(s)" is dropped; an acronym that spells
//       the initials of the preceding words replaces them ("Hypertext markup language HTML" → "HTML",
//       "Customer relationship management CRM software" → "CRM") and the spelled-out form becomes an alias;
//       any other trailing acronym (≥ 3 characters) after a real name is dropped from the label and not kept
//       as an alias, being ambiguous out of context ("Apache Subversion SVN" → "Apache Subversion"; "MVC",
//       "EHR"), while after a bare vendor it is the name ("Atlassian JIRA", "IBM DB2").
//       A row curated onto another id without a label does not name the entry ("Hypertext preprocessor PHP").
//   O3. A cleaned label of two or more words that are all lowercase after the first, with no acronym, is a
//       generic category, not a skill, and is dropped ("Web browser software"). Labels of more than five
//       words are dropped unless curated.
//   O4. Known vendor prefixes (VENDOR_PREFIXES) are removed from the id, not the label, when what remains is
//       distinctive ("Atlassian JIRA" → id jira, "Apache Kafka" → kafka; but "Microsoft Word" keeps
//       microsoft_word). The full name and the short name both become aliases.
//   O5. Kind: "technical" when any commodity is a development / data / infrastructure / security category
//       (ONET_TECHNICAL_COMMODITIES), otherwise "tool" (office, CRM, design, BI, project management…).
// ESCO (esco_skills_collections_en.csv):
//   E1. Technical entries: skills in the `digital` collection of type `knowledge`, not occupation-specific,
//       whose broader concepts are ICT/data/marketing categories (ESCO_TECHNICAL_BROADER), with a label of
//       at most four words / 35 characters once a trailing "(…)" qualifier is removed ("Python (computer
//       programming)" → "Python"), and not a junk pattern (ESCO_JUNK_LABEL: "types of…", "history",
//       "ICT …" categories…). ESCO_MAP adds or excludes rows by preferred label, and maps them onto ids.
//       ESCO's lowercase concept labels are shown in sentence case ("machine learning" → "Machine learning").
//       Kind: "tool" for named products under ESCO_TOOL_BROADER (IDEs, LMSs, graphics editors…), else
//       "technical".
//   E2. Soft skills: ESCO `transversal` (and a few research-collection) skills are included only through
//       ESCO_MAP, which maps them to short canonical ids (solve problems → problem_solving, work in teams →
//       teamwork, manage time → time_management…). ESCO's verb-phrase label becomes an alias.
//   E3. The `language` (natural languages), `green` and DigComp collections are not used.
//   E4. altLabels become aliases only when short and unambiguous (escoAliasAccepted): at most four words
//       and 40 characters, no vague words ("techniques", "principles", "types", "edition"…) or years, sharing
//       a distinctive word with the label or being its initialism (ESCO lists example products as alt labels,
//       e.g. "computer vision" → "tensorflow", which this rejects); soft-skill alts need at least two words;
//       ESCO_ALIAS_DENY removes the few wrong ones that pass.
// Shortlist's own data:
//   S1. SHORTLIST_ENTRIES define entries absent from both sources (source "shortlist": rest_api, nextjs,
//       b2b_sales…) and override the label/kind of source entries (e.g. "Jira" instead of "Atlassian JIRA").
//   S2. aliases.ts (reviewed, hand-written) adds informal aliases (k8s, golang, ci/cd…). Every id there must
//       exist. Curated aliases, labels and ids must be unique across entries: a collision fails the build.
//       Source-derived aliases that collide with anything else are ambiguous and dropped.
// Categories (categories.ts):
//   C1. A technology takes the software categories O*NET names with an acronym among its commodities, when
//       the taxonomy has an entry for the acronym ("SAP software" → erp, "AutoCAD" → cad).
// Merging and output:
//   M1. Sources are merged by canonical id (text.ts toSkillId: "C++" → cpp, "Node.js" → nodejs, "CI/CD" →
//       ci_cd). The first source to produce an id (O*NET, then ESCO) gives its source, label and kind; later
//       rows add their names as aliases. Aliases are stored as normalised keys (normalizeSkillText), minus
//       those equal to the entry's own label or id key, sorted; entries are sorted by id.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCsv, type CsvRecord } from "@/lib/util/csv";
import { SKILL_ALIASES } from "@/lib/skills/aliases";
import { addBroadEntries, BROAD_SOURCE_FILES } from "./broad";
import { addCategories } from "./categories";
import { normalizeSkillText, toSkillId } from "@/lib/skills/text";
import type { SkillKind, SkillSource, TaxonomyEntry } from "@/lib/skills/types";
import {
  ESCO_ALIAS_DENY,
  ESCO_JUNK_LABEL,
  ESCO_MAP,
  ESCO_TECHNICAL_BROADER,
  ESCO_TOOL_BROADER,
  GENERIC_REMAINDERS,
  GENERIC_WORDS,
  ONET_MAP,
  ONET_TECHNICAL_COMMODITIES,
  SHORTLIST_ENTRIES,
  STOPWORDS,
  VAGUE_ALIAS_WORDS,
  VENDOR_PREFIXES,
} from "./curation";

export const SOURCE_FILES = {
  esco: "esco_skills_collections_en.csv",
  onet: "onet_technology_skills.csv",
} as const;

/** SHA-256 of the source files as recorded in data/skills/PROVENANCE.md. */
export const EXPECTED_SHA256: Record<string, string> = {
  "esco_skills_collections_en.csv": "2f54b2edb422dad87fa071284a68f2251306255fb8c1f010a0a86c297eb839ca",
  "onet_technology_skills.csv": "7d6234a5259ceaedab659d569e402c49b5d18791742bf4fdd271b7977b799d68",
  "esco_skill_labels_v1.1.0_en.txt": "1a809c7d4b7d028cf5e46717ac7e3575361335ed24c51fd8ee5832528513e348",
  "esco_green_skills_collection_en.csv": "0a1d3399b4ec44c4ca55efe66576ac7123e36397e79d649672165f3af981eda6",
  "esco_research_skills_collection_en.csv": "dd6b6741663b689315f9af50418d0e29c9d1f5c8568ff97dbdd6d0d263786fa5",
};

function stem(word: string): string {
  return word
    .replace(/ies$/, "y")
    .replace(/(ing|ed|es|s|e)$/, "")
    .replace(/(.)\1$/, "$1");
}

function distinctiveStems(key: string): Set<string> {
  return new Set(
    key
      .split(" ")
      .filter((word) => !GENERIC_WORDS.has(word) && word.length > 1)
      .map(stem),
  );
}

function initials(text: string, skipStopwords: boolean): string {
  return normalizeSkillText(text.replace(/[-/]/g, " "))
    .split(" ")
    .filter((word) => word.length > 0 && !(skipStopwords && STOPWORDS.has(word)))
    .map((word) => word[0])
    .join("");
}

/** True when `short` (e.g. "ML", "NLP") is the initialism of the multi-word `long`. */
export function isInitialism(short: string, long: string): boolean {
  const compact = short.replace(/[^A-Za-z0-9]/g, "").toLowerCase();
  if (compact.length < 2 || compact.length > 6 || /\s/.test(short.trim())) return false;
  if (normalizeSkillText(long).split(" ").length < 2) return false;
  return compact === initials(long, true) || compact === initials(long, false);
}

export function stripQualifier(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, "").trim();
}

export function splitList(value: string | undefined): string[] {
  return value
    ? value
        .split("|")
        .map((item) => item.trim())
        .filter((item) => item.length > 0)
    : [];
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

// ---------------------------------------------------------------------------------------------------
// Draft entries and merging
// ---------------------------------------------------------------------------------------------------

interface Draft {
  id: string;
  label: string;
  /** The label came from a row redirected onto this id by curation; a row named like the id replaces it. */
  provisionalLabel: boolean;
  kind: SkillKind;
  source: SkillSource;
  /** Names found in the source rows, added as aliases when unambiguous. */
  sourceAliases: Set<string>;
}

interface Candidate {
  id: string;
  label: string;
  kind: SkillKind;
  source: SkillSource;
  aliases: string[];
  /** A label fixed by curation (ONET_MAP / ESCO_MAP), which wins over derived labels. */
  curatedLabel?: string;
  /** Curation moved this row onto another id without giving a label ("Hypertext preprocessor PHP" → php). */
  redirected: boolean;
}

class DraftSet {
  readonly drafts = new Map<string, Draft>();
  private readonly curatedLabels = new Map<string, string>();

  add(candidate: Candidate): void {
    const existing = this.drafts.get(candidate.id);
    if (candidate.curatedLabel) {
      const previous = this.curatedLabels.get(candidate.id);
      if (previous !== undefined && previous !== candidate.curatedLabel) {
        throw new Error(
          `Conflicting curated labels for "${candidate.id}": "${previous}" and "${candidate.curatedLabel}"`,
        );
      }
      this.curatedLabels.set(candidate.id, candidate.curatedLabel);
    }
    if (!existing) {
      this.drafts.set(candidate.id, {
        id: candidate.id,
        label: candidate.curatedLabel ?? candidate.label,
        provisionalLabel: candidate.curatedLabel === undefined && candidate.redirected,
        kind: candidate.kind,
        source: candidate.source,
        sourceAliases: new Set([candidate.label, ...candidate.aliases]),
      });
      return;
    }
    if (candidate.curatedLabel) {
      existing.label = candidate.curatedLabel;
      existing.provisionalLabel = false;
    } else if (existing.provisionalLabel && !candidate.redirected) {
      existing.label = candidate.label;
      existing.provisionalLabel = false;
    }
    existing.sourceAliases.add(candidate.label);
    for (const alias of candidate.aliases) existing.sourceAliases.add(alias);
  }
}

// ---------------------------------------------------------------------------------------------------
// O*NET
// ---------------------------------------------------------------------------------------------------

interface CleanName {
  label: string;
  aliases: string[];
}

const ACRONYM = /^[A-Z][A-Z0-9]{1,6}$/;

/** Rules O2–O3: the cleaned label of an O*NET example, or undefined for a generic category. */
export function cleanOnetName(example: string): CleanName | undefined {
  const aliases: string[] = [];
  let name = example.replace(/ (software|systems?)$/, "").trim();
  const words = name.split(" ");
  const last = words.at(-1) ?? "";
  let acronymLabel = false;
  if (words.length > 1 && ACRONYM.test(last)) {
    const before = words.slice(0, -1);
    let matched = false;
    // The longest run of words ending before the acronym whose initials spell it.
    for (let start = 0; start < before.length && !matched; start++) {
      const phrase = before.slice(start).join(" ");
      if (isInitialism(last, phrase)) {
        const prefix = before.slice(0, start).join(" ");
        const vendorOnly = prefix === "" || VENDOR_PREFIXES.includes(prefix);
        aliases.push(phrase);
        if (prefix) aliases.push(`${prefix} ${last}`, `${prefix} ${phrase}`);
        name = vendorOnly ? last : `${prefix} ${last}`;
        matched = true;
        acronymLabel = true;
      }
    }
    // Any other trailing acronym is redundant when a real name precedes it ("Apache Subversion SVN"), but it
    // is the name itself after a bare vendor ("Atlassian JIRA", "IBM DB2", "Cisco IOS").
    const rest = vendorRemainder(before.join(" "));
    // The acronym itself is not kept as an alias: out of context it is often ambiguous ("MVC", "EHR").
    if (!matched && last.length >= 3 && rest && (rest.includes(" ") || rest[0]?.toUpperCase() === last[0])) {
      name = before.join(" ");
    }
  }
  const finalWords = name.split(" ");
  if (!acronymLabel && finalWords.length >= 2 && finalWords.slice(1).every((word) => word === word.toLowerCase())) {
    return undefined;
  }
  if (finalWords.length > 5) return undefined;
  return { label: name, aliases };
}

/** The name without a leading vendor prefix ("" when the name is only a vendor). */
function vendorRemainder(name: string): string {
  for (const vendor of VENDOR_PREFIXES) {
    if (name === vendor) return "";
    if (name.startsWith(`${vendor} `)) return name.slice(vendor.length + 1).trim();
  }
  return name;
}

/** Rule O4: the id for a cleaned name, without a vendor prefix when the remainder is distinctive. */
export function vendorStrippedName(label: string): string | undefined {
  for (const vendor of VENDOR_PREFIXES) {
    if (!label.startsWith(`${vendor} `)) continue;
    const remainder = label.slice(vendor.length + 1).trim();
    const key = normalizeSkillText(remainder);
    if (key.replace(/[^a-z0-9]/g, "").length < 3 || GENERIC_REMAINDERS.has(key)) return undefined;
    return remainder;
  }
  return undefined;
}

function onetCandidates(rows: CsvRecord[]): Candidate[] {
  const candidates: Candidate[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const example = row.example ?? "";
    seen.add(example);
    const curated = Object.hasOwn(ONET_MAP, example) ? ONET_MAP[example] : undefined;
    if (curated === null) continue;
    const selected =
      curated !== undefined || row.hotTechnology === "Y" || Number(row.inDemandOccupationCount ?? "0") > 0;
    if (!selected) continue;
    const cleaned = cleanOnetName(example);
    if (!cleaned && !curated?.label && !curated?.id) {
      problems.push(`O*NET "${example}" is selected but looks generic: add it to ONET_MAP (null or a label)`);
      continue;
    }
    const label = curated?.label ?? cleaned?.label ?? example;
    const stripped = vendorStrippedName(label);
    const derivedId = toSkillId(stripped ?? label);
    const id = curated?.id ?? derivedId;
    const redirected = curated?.label === undefined && id !== derivedId;
    const commodities = splitList(row.commodityTitles);
    const kind =
      curated?.kind ?? (commodities.some((title) => ONET_TECHNICAL_COMMODITIES.has(title)) ? "technical" : "tool");
    const aliases = [...(cleaned?.aliases ?? [])];
    if (example.split(" ").length <= 4) aliases.push(example);
    if (cleaned && cleaned.label !== label) aliases.push(cleaned.label);
    if (stripped) aliases.push(stripped);
    candidates.push({ id, label, kind, source: "onet", aliases, curatedLabel: curated?.label, redirected });
  }
  for (const example of Object.keys(ONET_MAP)) {
    if (!seen.has(example)) problems.push(`ONET_MAP names "${example}", which is not in the O*NET file`);
  }
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return candidates;
}

// ---------------------------------------------------------------------------------------------------
// ESCO
// ---------------------------------------------------------------------------------------------------

/** Rule E4: whether an ESCO alt label is a safe alias for an entry. */
export function escoAliasAccepted(alt: string, label: string, kind: SkillKind): boolean {
  const key = normalizeSkillText(alt);
  const words = key.split(" ");
  if (key.length < 2 || key.length > 40 || words.length > 4) return false;
  if (ESCO_ALIAS_DENY.has(key) || VAGUE_ALIAS_WORDS.test(key) || /\b(19|20)\d\d\b/.test(key)) return false;
  if (kind === "soft" && words.length < 2) return false;
  if (isInitialism(alt, label) || isInitialism(label, alt)) return true;
  if (key.replace(/[^a-z0-9]/g, "").length <= 3) return false;
  const labelStems = distinctiveStems(normalizeSkillText(label));
  return [...distinctiveStems(key)].some((word) => labelStems.has(word));
}

function escoCandidates(rows: CsvRecord[]): Candidate[] {
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const preferred = row.preferredLabel ?? "";
    seen.add(preferred);
    const curated = Object.hasOwn(ESCO_MAP, preferred) ? ESCO_MAP[preferred] : undefined;
    if (curated === null) continue;
    const collections = splitList(row.collections);
    const broader = splitList(row.broaderLabels);
    const base = stripQualifier(preferred);
    const autoSelected =
      collections.includes("digital") &&
      row.skillType === "knowledge" &&
      row.reuseLevel !== "occupation-specific" &&
      broader.some((label) => ESCO_TECHNICAL_BROADER.has(label)) &&
      base.split(" ").length <= 4 &&
      base.length <= 35 &&
      !ESCO_JUNK_LABEL.test(base);
    if (curated === undefined && !autoSelected) continue;
    // ESCO writes concepts in lowercase ("machine learning"); labels are shown in sentence case.
    const label = curated?.label ?? (/^\p{Ll}/u.test(base) ? base.charAt(0).toUpperCase() + base.slice(1) : base);
    const stripped = vendorStrippedName(label);
    const derivedId = toSkillId(stripped ?? label);
    const id = curated?.id ?? derivedId;
    const redirected = curated?.label === undefined && id !== derivedId;
    const kind = curated?.kind ?? (broader.some((b) => ESCO_TOOL_BROADER.has(b)) ? "tool" : "technical");
    // A qualified label ("Python (computer programming)") is not a name anyone writes; its base is.
    const aliases = [base];
    if (stripped) aliases.push(stripped);
    if (curated?.altLabels !== false) {
      for (const alt of splitList(row.altLabels)) {
        if (escoAliasAccepted(alt, base, kind)) aliases.push(alt);
      }
    }
    candidates.push({ id, label, kind, source: "esco", aliases, curatedLabel: curated?.label, redirected });
  }
  for (const preferred of Object.keys(ESCO_MAP)) {
    if (!seen.has(preferred)) throw new Error(`ESCO_MAP names "${preferred}", which is not in the ESCO file`);
  }
  return candidates;
}

// ---------------------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------------------

export interface BuildReport {
  entries: TaxonomyEntry[];
  /** Source-derived aliases dropped because they named more than one entry. */
  droppedAmbiguous: string[];
  /** Files whose SHA-256 differs from PROVENANCE.md. */
  checksumMismatches: string[];
}

function idKey(id: string): string {
  return normalizeSkillText(id);
}

export function buildTaxonomyReport(sourceDir: string): BuildReport {
  const escoFile = path.join(sourceDir, SOURCE_FILES.esco);
  const onetFile = path.join(sourceDir, SOURCE_FILES.onet);
  const checksumMismatches = [escoFile, onetFile]
    .filter((file) => sha256(file) !== EXPECTED_SHA256[path.basename(file)])
    .map((file) => path.basename(file));

  const drafts = new DraftSet();
  for (const candidate of onetCandidates(parseCsv(readFileSync(onetFile, "utf8")))) drafts.add(candidate);
  for (const candidate of escoCandidates(parseCsv(readFileSync(escoFile, "utf8")))) drafts.add(candidate);

  const seenShortlist = new Set<string>();
  for (const [id, label, kind] of SHORTLIST_ENTRIES) {
    if (seenShortlist.has(id)) throw new Error(`SHORTLIST_ENTRIES lists "${id}" twice`);
    if (toSkillId(id) !== id) throw new Error(`SHORTLIST_ENTRIES id "${id}" is not canonical`);
    seenShortlist.add(id);
    const existing = drafts.drafts.get(id);
    if (existing) {
      existing.label = label;
      existing.kind = kind;
    } else {
      drafts.drafts.set(id, {
        id,
        label,
        provisionalLabel: false,
        kind,
        source: "shortlist",
        sourceAliases: new Set(),
      });
    }
  }

  const entries = [...drafts.drafts.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const known = new Set(entries.map((entry) => entry.id));

  // Authoritative keys: ids, labels and curated aliases. Any clash among them fails the build.
  const owner = new Map<string, string>();
  const collisions: string[] = [];
  const claim = (key: string, id: string, what: string) => {
    if (!key) return;
    const previous = owner.get(key);
    if (previous !== undefined && previous !== id) collisions.push(`"${key}" (${what}) → ${previous} and ${id}`);
    else owner.set(key, id);
  };
  for (const entry of entries) {
    if (toSkillId(entry.id) !== entry.id) throw new Error(`Non-canonical id "${entry.id}"`);
    claim(idKey(entry.id), entry.id, "id");
  }
  for (const entry of entries) claim(normalizeSkillText(entry.label), entry.id, "label");
  const curated = new Map<string, Set<string>>();
  for (const [id, aliases] of Object.entries(SKILL_ALIASES)) {
    if (!known.has(id)) {
      collisions.push(`aliases.ts names unknown skill id "${id}"`);
      continue;
    }
    const keys = new Set<string>();
    for (const alias of aliases) {
      const key = normalizeSkillText(alias);
      if (!key) throw new Error(`aliases.ts: empty alias for "${id}"`);
      claim(key, id, "curated alias");
      keys.add(key);
    }
    curated.set(id, keys);
  }
  if (collisions.length > 0) {
    throw new Error(`Skill alias collisions (an alias must map to exactly one id):\n  ${collisions.join("\n  ")}`);
  }

  // Source aliases: kept only when they name exactly one entry and nothing authoritative elsewhere.
  const sourceOwners = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const alias of entry.sourceAliases) {
      const key = normalizeSkillText(alias);
      if (!key) continue;
      const owners = sourceOwners.get(key) ?? new Set<string>();
      owners.add(entry.id);
      sourceOwners.set(key, owners);
    }
  }
  const droppedAmbiguous: string[] = [];
  const output: TaxonomyEntry[] = entries.map((entry) => {
    const ownKeys = new Set([idKey(entry.id), normalizeSkillText(entry.label)]);
    const aliases = new Set<string>(curated.get(entry.id) ?? []);
    for (const alias of entry.sourceAliases) {
      const key = normalizeSkillText(alias);
      if (!key || aliases.has(key)) continue;
      const authority = owner.get(key);
      const owners = sourceOwners.get(key);
      if ((authority !== undefined && authority !== entry.id) || (owners !== undefined && owners.size > 1)) {
        droppedAmbiguous.push(
          `${key} (${[...(owners ?? [])].join(", ")}${authority ? `; owned by ${authority}` : ""})`,
        );
        continue;
      }
      aliases.add(key);
    }
    for (const key of ownKeys) aliases.delete(key);
    return {
      id: entry.id,
      label: entry.label,
      kind: entry.kind,
      aliases: [...aliases].sort(),
      source: entry.source,
    };
  });
  const broadFiles = Object.values(BROAD_SOURCE_FILES).map((file) => path.join(sourceDir, file));
  checksumMismatches.push(
    ...broadFiles
      .filter((file) => sha256(file) !== EXPECTED_SHA256[path.basename(file)])
      .map((file) => path.basename(file)),
  );
  const entriesWithBroad = addBroadEntries(output, sourceDir, {
    escoCollections: SOURCE_FILES.esco,
    onet: SOURCE_FILES.onet,
  });
  addCategories(entriesWithBroad, parseCsv(readFileSync(onetFile, "utf8")));
  return { entries: entriesWithBroad, droppedAmbiguous: [...new Set(droppedAmbiguous)].sort(), checksumMismatches };
}

/** The taxonomy for the source files in `sourceDir` (pure: reads only those two files). */
export function buildTaxonomy(sourceDir: string): TaxonomyEntry[] {
  return buildTaxonomyReport(sourceDir).entries;
}

/** The committed file format: a JSON array, one entry per line, keys in a fixed order. */
export function serializeTaxonomy(entries: readonly TaxonomyEntry[]): string {
  const lines = entries.map((entry) =>
    JSON.stringify({
      id: entry.id,
      label: entry.label,
      kind: entry.kind,
      aliases: entry.aliases,
      source: entry.source,
      ...(entry.esco ? { esco: entry.esco } : {}),
      ...(entry.text ? { text: entry.text } : {}),
      ...(entry.broad ? { broad: true } : {}),
      ...(entry.categories ? { categories: entry.categories } : {}),
    }),
  );
  return `[\n${lines.join(",\n")}\n]\n`;
}
