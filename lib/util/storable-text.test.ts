import { describe, expect, it } from "vitest";
import { inspectJson, isStorableText, storableText } from "./storable-text";

describe("storable text", () => {
  it("refuses NUL and unpaired surrogates, and keeps paired ones (emoji)", () => {
    expect(isStorableText("plain, accentué, 😀")).toBe(true);
    for (const bad of ["a\u0000b", "a\ud800b", "a\udc00b", "\ud83d", "x\udeadx"])
      expect(isStorableText(bad)).toBe(false);
    expect(storableText("a\u0000b\ud800😀")).toBe("a\ufffdb\ufffd😀");
  });

  it("finds the first unstorable string or key with its path, and measures depth", () => {
    expect(inspectJson({ a: [1, "ok", { b: "x\u0000" }] })).toEqual({ depth: 3, unstorableAt: ["a", 2, "b"] });
    expect(inspectJson({ ["k\ud800"]: 1 }).unstorableAt).toEqual(["k\ud800"]);
    expect(inspectJson("\u0000").unstorableAt).toEqual([]);
    expect(inspectJson({ a: { b: [] } })).toEqual({ depth: 3, unstorableAt: null });
    expect(inspectJson(42)).toEqual({ depth: 0, unstorableAt: null });
    // Arrays of numbers count as a level; an array that starts with numbers is still read to its end.
    expect(inspectJson({ v: [0.5, 1.5], w: [1, 2, "x\u0000"] })).toEqual({ depth: 2, unstorableAt: ["w", 2] });
    expect(inspectJson([[1, 2.5]])).toEqual({ depth: 2, unstorableAt: null });
  });

  it("walks a million levels of nesting without recursion, stopping at the limit it is given", () => {
    const deep = JSON.parse("[".repeat(1_000_000) + "]".repeat(1_000_000)) as unknown;
    expect(inspectJson(deep, 64).depth).toBe(65);
    expect(inspectJson(deep).depth).toBe(1_000_000);
  });
});
