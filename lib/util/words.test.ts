import { describe, expect, it } from "vitest";
import { decodeWordHashes, encodeWordHashes, hasWordHash, wordHashes, words } from "./words";

describe("words", () => {
  it("folds case and accents and keeps C++/C# whole", () => {
    expect(words("Zürich: C++ & C# Engineer")).toEqual(["zurich", "c++", "c#", "engineer"]);
  });

  it("stores a vocabulary as sorted hashes that answer membership after a round trip", () => {
    const hashes = wordHashes("Senior Backend Engineer backend ENGINEER python");
    expect(hashes.length).toBe(4);
    const restored = decodeWordHashes(encodeWordHashes(hashes));
    expect(restored).toEqual(hashes);
    for (const word of ["senior", "backend", "engineer", "python"]) expect(hasWordHash(restored, word)).toBe(true);
    expect(hasWordHash(restored, "kubernetes")).toBe(false);
  });
});
