import { describe, expect, it } from "vitest";
import { statementsOf, statesRequirement } from "@/lib/skills";
import { resumeReading, readingColumns } from "./resume-reading";
import { decodeStemSegments, encodeStemSegments } from "./stem-segments";

describe("stem segments", () => {
  it("decode what they encode, large segment numbers too", () => {
    const segments = new Map([
      ["a", [0, 3, 200, 70_000]],
      ["b", []],
      ["c", [5]],
    ]);
    const bytes = encodeStemSegments(["a", "b", "c"], (term) => segments.get(term));
    expect(decodeStemSegments(["a", "b", "c"], bytes)).toEqual(segments);
  });

  it("let a saved profile find a requirement phrase in one sentence exactly as its text does", () => {
    const text = "Shop assistant.\nRotated stock and served customers.\nHandled complaints by phone. Customer records.";
    const columns = readingColumns(text);
    const stored = decodeStemSegments(columns.resumeStems, columns.resumeStemSegments!);
    const read = resumeReading(text).statements!;
    for (const term of columns.resumeStems) expect(stored.get(term)).toEqual(read.segmentsOf(term));
    const fromText = statementsOf(text);
    // "phone" and "records" stand in different sentences; "stock" and "rotation" in one.
    for (const [phrase, stated] of [
      ["stock rotation", true],
      ["phone records", false],
      ["handling complaints phone", true],
      // Either side of "or", when each side is a phrase of its own.
      ["shop manager or shop assistant", true],
      ["shop manager or phone manager", false],
      // A single word against a longer side shares its rest: handled complaints, or answered them.
      ["answering or handling complaints", true],
      ["answering or rotating complaints", false],
      ["handling or answering", false],
    ] as const) {
      expect(statesRequirement(fromText, phrase)).toBe(stated);
      expect(statesRequirement(read, phrase)).toBe(stated);
    }
  });
});
