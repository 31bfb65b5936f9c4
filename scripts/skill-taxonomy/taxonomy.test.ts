import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv, parseCsvRows } from "@/lib/util/csv";
import { buildTaxonomyReport, serializeTaxonomy, SOURCE_FILES, type BuildReport } from "./build";
import committed from "@/lib/skills/taxonomy.json";

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, "..", "..");
const sourceDir = path.resolve(projectRoot, "data", "skills");
const taxonomyFile = path.join(projectRoot, "lib", "skills", "taxonomy.json");

describe("taxonomy.json", () => {
  let report: BuildReport;

  beforeAll(() => {
    for (const file of Object.values(SOURCE_FILES)) {
      if (!existsSync(path.join(sourceDir, file))) {
        throw new Error(
          `Skill source data missing: ${path.join(sourceDir, file)}. The taxonomy test rebuilds taxonomy.json ` +
            "from data/skills (ESCO + O*NET, see lib/skills/README.md).",
        );
      }
    }
    report = buildTaxonomyReport(sourceDir);
  });

  it("is exactly what the build script produces from the source data", () => {
    expect(committed).toEqual(report.entries);
    expect(
      readFileSync(taxonomyFile, "utf8"),
      "taxonomy.json is stale: run `node --import tsx scripts/skill-taxonomy/main.ts`",
    ).toBe(serializeTaxonomy(report.entries));
  });

  it("was built from the source files recorded in PROVENANCE.md", () => {
    expect(report.checksumMismatches).toEqual([]);
  });

  it("is deterministic", () => {
    expect(serializeTaxonomy(buildTaxonomyReport(sourceDir).entries)).toBe(serializeTaxonomy(report.entries));
  });

  it("stays compact, sorted and well-formed", () => {
    expect(readFileSync(taxonomyFile).length).toBeLessThan(4 * 1024 * 1024);
    const ids = report.entries.map((entry) => entry.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of report.entries) {
      expect(entry.id).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
      expect(entry.label.length).toBeGreaterThan(0);
      expect(["technical", "tool", "soft"]).toContain(entry.kind);
      expect(["onet", "esco", "shortlist"]).toContain(entry.source);
      expect(entry.aliases).toEqual([...new Set(entry.aliases)].sort());
    }
  });

  it("takes entries from both licensed sources and from Shortlist's own list", () => {
    const bySource = (source: string) => report.entries.filter((entry) => entry.source === source).length;
    expect(bySource("onet")).toBeGreaterThan(200);
    expect(bySource("esco")).toBeGreaterThan(100);
    expect(bySource("shortlist")).toBeGreaterThan(0);
    const byId = new Map(report.entries.map((entry) => [entry.id, entry]));
    expect(byId.get("kubernetes")?.source).toBe("onet");
    expect(byId.get("problem_solving")).toMatchObject({ source: "esco", kind: "soft", label: "Problem solving" });
    expect(byId.get("jira")).toMatchObject({ label: "Jira", kind: "tool" });
    expect(byId.get("rest_api")?.aliases).toContain("restful api");
  });

  it("knows every field, not only software: every ESCO v1.1 skill is an entry or linked to one", () => {
    const escoLabels = readFileSync(path.join(sourceDir, "esco_skill_labels_v1.1.0_en.txt"), "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    const linked = new Set(report.entries.flatMap((entry) => (entry.esco ? [entry.esco] : [])));
    const unlinked = escoLabels.filter((label) => !linked.has(label));
    // A few ESCO labels differ only in case or a qualifier from a curated entry's own ESCO label.
    expect(unlinked.length).toBeLessThan(escoLabels.length * 0.01);
    const byLabel = new Map(report.entries.map((entry) => [entry.label.toLowerCase(), entry]));
    for (const label of [
      "bookkeeping regulations",
      "purchase supplies",
      "sales argumentation",
      "provide professional care in nursing",
    ]) {
      expect(byLabel.get(label)?.source, label).toBe("esco");
    }
    expect(byLabel.get("polish")).toMatchObject({ kind: "technical", text: "case" });
    expect(byLabel.get("energy")?.text).toBe("never");
  });
});

describe("CSV parser", () => {
  it("handles quoted fields with commas, newlines and escaped quotes", () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi""\nthere"\n2,,"" \n';
    expect(() => parseCsvRows(text)).toThrow(/after closing quote/);
    const good = 'a,b,c\r\n1,"x, y","say ""hi""\nthere"\n2,,""\n';
    expect(parseCsv(good)).toEqual([
      { a: "1", b: "x, y", c: 'say "hi"\nthere' },
      { a: "2", b: "", c: "" },
    ]);
  });

  it("accepts a BOM and a missing final newline, and rejects ragged rows", () => {
    expect(parseCsvRows("\ufeffa,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(() => parseCsv("a,b\n1,2,3\n")).toThrow(/expected 2 fields/);
    expect(() => parseCsvRows('a\n"open')).toThrow(/unterminated/);
  });
});
