import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { readShippedJson } from "./shipped-json";

describe("readShippedJson", () => {
  it("reads a file by its path in the project, parsed as JSON.parse parses it", () => {
    const file = "lib/occupations/background-terms.json";
    const read = readShippedJson<{ documents: number }>(file);
    expect(read).toEqual(JSON.parse(fs.readFileSync(file, "utf8")));
    expect(read.documents).toBeGreaterThan(0);
  });

  it("names the file it could not find", () => {
    expect(() => readShippedJson("lib/no-such-data.json")).toThrow(/lib\/no-such-data\.json/);
  });
});
