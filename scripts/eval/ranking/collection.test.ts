import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCollection, parseQueryJson, parseQueryText } from "./collection";

const MINI = path.resolve("test/fixtures/ranking-mini");

describe("queries", () => {
  it("reads a text posting: the first non-empty line is the title", () => {
    expect(parseQueryText("q", "\uFEFF\r\n  Payroll Officer \r\n\r\nRun the monthly payroll.\r\nSage.")).toEqual({
      id: "q",
      title: "Payroll Officer",
      description: "Run the monthly payroll.\nSage.",
    });
    expect(() => parseQueryText("q", " \n\n")).toThrow(/empty/);
  });

  it("reads a JSON posting, its optional parts included", () => {
    const json = { title: "Buyer", description: "Buy steel.", required_skills: ["SAP"], target_seniority: "senior" };
    expect(parseQueryJson("q", JSON.stringify(json))).toEqual({
      id: "q",
      title: "Buyer",
      description: "Buy steel.",
      requiredSkills: ["SAP"],
      targetSeniority: "senior",
    });
    expect(parseQueryJson("q", JSON.stringify({ title: "Buyer" })).description).toBe("");
    expect(() => parseQueryJson("q", JSON.stringify({ description: "no title" }))).toThrow(/Query q/);
    expect(() => parseQueryJson("q", JSON.stringify({ title: "Buyer", target_seniority: "guru" }))).toThrow(/Query q/);
  });
});

describe("loadCollection", () => {
  it("reads text and JSON queries and résumés, and drops judgments of unknown documents", () => {
    const collection = loadCollection(MINI);
    expect(collection.queries.map((query) => query.id)).toEqual(["q1", "q2", "q3"]);
    expect(collection.queries[1]).toMatchObject({ title: "Warehouse Operative", department: "Operations" });
    expect([...collection.documents.keys()]).toHaveLength(10);
    expect(collection.documents.get("d03")).toMatch(/^Priya Nair\nFinance Graduate/);
    expect(Object.fromEntries(collection.qrels.get("q2")!)).toEqual({ d04: 2, d06: 2 });
    expect(collection.qrels.get("q3")!.has("d99")).toBe(false);
    expect(collection.droppedJudgments).toBe(1);
  });

  describe("refuses a directory it cannot read", () => {
    let directory = "";
    afterEach(() => rmSync(directory, { recursive: true, force: true }));
    const make = (files: Record<string, string>) => {
      directory = mkdtempSync(path.join(tmpdir(), "eval-ranking-"));
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
        writeFileSync(path.join(directory, name), text);
      }
      return directory;
    };

    it("without qrels", () => {
      expect(() => loadCollection(make({ "queries/q.txt": "Buyer", "corpus/d.txt": "CV" }))).toThrow(/no qrels/);
    });

    it("with two files for one id", () => {
      const files = { "queries/q.txt": "Buyer", "corpus/d.txt": "CV", "corpus/d.json": '{"text":"CV"}', qrels: "" };
      expect(() => loadCollection(make(files))).toThrow(/two files for d/);
    });

    it("with a JSON résumé that has no text", () => {
      const files = { "queries/q.txt": "Buyer", "corpus/d.json": '{"resume":"CV"}', "qrels.txt": "q d 1" };
      expect(() => loadCollection(make(files))).toThrow(/Document d/);
    });
  });
});
