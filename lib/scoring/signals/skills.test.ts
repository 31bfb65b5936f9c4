import { describe, expect, it } from "vitest";
import { coverage } from "./skills";

describe("skill signals", () => {
  it("coverage is the matched share, and unknown when nothing is required", () => {
    expect(coverage(4, 3)).toBe(0.75);
    expect(coverage(0, 0)).toBeNull();
  });
});
