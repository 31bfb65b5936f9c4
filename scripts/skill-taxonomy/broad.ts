// The broad stage of the taxonomy build: after the curated core (build.ts), every other ESCO v1.1 skill,
// knowledge and competence (esco_skill_labels_v1.1.0_en.txt, 13,895 preferred labels) and every other
// O*NET technology (onet_technology_skills.csv) becomes an entry, so jobs outside software are understood
// too. Rules:
//   B1. An ESCO label whose key (normalised, or without a trailing "(…)" qualifier) already names a core
//       entry links that entry to it (`esco`); otherwise it is a new entry (source esco), labelled as ESCO
//       writes it, id from toSkillId (a clash with an existing id gets "_2"…).
//   B2. Kind: soft for ESCO's transversal skills (reuseLevel in the collection files) other than languages,
//       else technical.
//       Alt labels come from the collection files (collections, green, research), accepted by rule E4.
//   B3. A single-word ESCO label written with a capital (a language, a product: "Polish", "Drupal") is
//       matched in free text only as written (text: case); FREE_TEXT_NEVER lists everyday words that are
//       skills only in lists ("plan", "energy") — never matched in free text (text: never).
//   B4. O*NET technologies the core left out become tool entries (technical for development commodities)
//       when their cleaned name (rule O2) is new; single-word product names are matched as written.
//   B5. Aliases or labels that would name two entries are dropped from the newer entry.
//   B6. An O*NET product named like a job ("Restaurant Manager", "Site Manager") is never found in free
//       text: there it names the role, not the software.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCsv, type CsvRecord } from "@/lib/util/csv";
import { normalizeSkillText, toSkillId } from "@/lib/skills/text";
import type { SkillKind, TaxonomyEntry } from "@/lib/skills/types";
import { cleanOnetName, escoAliasAccepted, splitList, stripQualifier } from "./build";
import { FREE_TEXT_NEVER, ONET_MAP, ONET_TECHNICAL_COMMODITIES } from "./curation";

const ROLE_NOUN =
  /\s(?:manager|assistant|coordinator|planner|director|specialist|officer|analyst|clerk|agent|supervisor|accountant|advisor|adviser|consultant|engineer|designer|nurse|teacher|recruiter|scheduler|estimator|inspector)$/;

export const BROAD_SOURCE_FILES = {
  escoLabels: "esco_skill_labels_v1.1.0_en.txt",
  escoGreen: "esco_green_skills_collection_en.csv",
  escoResearch: "esco_research_skills_collection_en.csv",
} as const;

interface EscoFacts {
  altLabels: string[];
  transversal: boolean;
}

/** Alt labels and reuse level of the ESCO skills the collection files describe, by preferred label. */
function escoFacts(sourceDir: string, collectionsFile: string): Map<string, EscoFacts> {
  const facts = new Map<string, EscoFacts>();
  const files = [collectionsFile, BROAD_SOURCE_FILES.escoGreen, BROAD_SOURCE_FILES.escoResearch];
  for (const file of files) {
    for (const row of parseCsv(readFileSync(path.join(sourceDir, file), "utf8"))) {
      const label = row.preferredLabel ?? "";
      const known = facts.get(label) ?? { altLabels: [], transversal: false };
      known.altLabels.push(...splitList(row.altLabels));
      // Languages are transversal in ESCO, but a job states them as hard requirements.
      const language = splitList(row.collections).includes("language");
      known.transversal ||= row.reuseLevel === "transversal" && !language;
      facts.set(label, known);
    }
  }
  return facts;
}

class KeyOwners {
  private readonly owners = new Map<string, string>();

  constructor(entries: readonly TaxonomyEntry[]) {
    for (const entry of entries) {
      for (const key of [normalizeSkillText(entry.id), normalizeSkillText(entry.label), ...entry.aliases]) {
        if (key && !this.owners.has(key)) this.owners.set(key, entry.id);
      }
    }
  }

  owner(key: string): string | undefined {
    return this.owners.get(key);
  }

  /** Claims the keys still free for `id`; returns those it got. */
  claim(keys: Iterable<string>, id: string): string[] {
    const claimed: string[] = [];
    for (const key of keys) {
      if (!key || this.owners.has(key)) continue;
      this.owners.set(key, id);
      claimed.push(key);
    }
    return claimed;
  }
}

function uniqueId(base: string, taken: Set<string>, owners: KeyOwners): string {
  let id = base;
  for (let suffix = 2; taken.has(id) || owners.owner(normalizeSkillText(id)) !== undefined; suffix++) {
    id = `${base}_${suffix}`;
  }
  taken.add(id);
  return id;
}

function textMatch(label: string): TaxonomyEntry["text"] {
  const key = normalizeSkillText(label);
  if (FREE_TEXT_NEVER.has(key)) return "never";
  if (!key.includes(" ") && /^\p{Lu}/u.test(label)) return "case";
  return undefined;
}

function addEsco(
  entries: TaxonomyEntry[],
  owners: KeyOwners,
  taken: Set<string>,
  labels: readonly string[],
  facts: Map<string, EscoFacts>,
): void {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const label of labels) {
    const key = normalizeSkillText(label);
    const existing = owners.owner(key) ?? owners.owner(normalizeSkillText(stripQualifier(label)));
    if (existing !== undefined) {
      const entry = byId.get(existing)!;
      entry.esco ??= label;
      continue;
    }
    const known = facts.get(label);
    const kind: SkillKind = known?.transversal ? "soft" : "technical";
    const id = uniqueId(toSkillId(stripQualifier(label)) || toSkillId(label), taken, owners);
    owners.claim([key, normalizeSkillText(id)], id);
    const accepted = (known?.altLabels ?? [])
      .filter((alt) => escoAliasAccepted(alt, label, kind))
      .map(normalizeSkillText);
    const stripped = normalizeSkillText(stripQualifier(label));
    const aliases = owners.claim(new Set([stripped, ...accepted]), id).filter((alias) => alias !== key);
    const entry: TaxonomyEntry = { id, label, kind, aliases: aliases.sort(), source: "esco", esco: label, broad: true };
    const text = textMatch(label);
    if (text) entry.text = text;
    entries.push(entry);
    byId.set(id, entry);
  }
}

function addOnet(entries: TaxonomyEntry[], owners: KeyOwners, taken: Set<string>, rows: CsvRecord[]): void {
  for (const row of rows) {
    const example = row.example ?? "";
    if (Object.hasOwn(ONET_MAP, example)) continue;
    const cleaned = cleanOnetName(example);
    if (!cleaned) continue;
    const key = normalizeSkillText(cleaned.label);
    if (!key || key.replace(/[^a-z0-9]/g, "").length < 3 || owners.owner(key) !== undefined) continue;
    if (owners.owner(normalizeSkillText(example)) !== undefined) continue;
    // No vendor stripping here (rule O4 is for the curated core): "RockWare Plan" must not become "plan".
    const base = toSkillId(cleaned.label);
    if (!base || taken.has(base) || owners.owner(normalizeSkillText(base)) !== undefined) continue;
    taken.add(base);
    const commodities = splitList(row.commodityTitles);
    const kind: SkillKind = commodities.some((title) => ONET_TECHNICAL_COMMODITIES.has(title)) ? "technical" : "tool";
    const names = [
      key,
      normalizeSkillText(base),
      normalizeSkillText(example),
      ...cleaned.aliases.map(normalizeSkillText),
    ];
    const claimed = owners.claim(new Set(names), base).filter((alias) => alias !== key);
    const entry: TaxonomyEntry = {
      id: base,
      label: cleaned.label,
      kind,
      aliases: claimed.sort(),
      source: "onet",
      broad: true,
    };
    if (ROLE_NOUN.test(key)) entry.text = "never";
    else if (!key.includes(" ")) entry.text = "case";
    entries.push(entry);
  }
}

/** The core entries plus every other ESCO skill and O*NET technology (rules B1–B5). */
export function addBroadEntries(
  core: readonly TaxonomyEntry[],
  sourceDir: string,
  files: { escoCollections: string; onet: string },
): TaxonomyEntry[] {
  const entries = core.map((entry) => ({ ...entry, aliases: [...entry.aliases] }));
  const owners = new KeyOwners(entries);
  const taken = new Set(entries.map((entry) => entry.id));
  const labels = readFileSync(path.join(sourceDir, BROAD_SOURCE_FILES.escoLabels), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  addEsco(entries, owners, taken, labels, escoFacts(sourceDir, files.escoCollections));
  addOnet(entries, owners, taken, parseCsv(readFileSync(path.join(sourceDir, files.onet), "utf8")));
  return entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
