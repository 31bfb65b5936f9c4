import { describe, expect, it } from "vitest";
import { NONE, ROOT, sortedIndexOf, TokenTrieBuilder } from "./token-trie";

describe("TokenTrie", () => {
  // Node 1 has few children (scanned), node "many" more than are scanned (searched by halves).
  const builder = new TokenTrieBuilder<string>();
  const words = Array.from({ length: 40 }, (_, index) => `w${String(index).padStart(2, "0")}`).reverse();
  for (const word of words) builder.set(builder.node(["many", word]), `many ${word}`);
  builder.set(builder.node(["project", "management"]), "project management");
  builder.set(builder.node(["project", "manager"]), "project manager");
  builder.set(builder.node(["python"]), "python");
  const trie = builder.build();

  const walk = (tokens: string[]) =>
    tokens.reduce((node, token) => (node === NONE ? NONE : trie.child(node, token)), ROOT);

  it("finds each sequence added, and the values set on its node", () => {
    expect(trie.value(walk(["python"]))).toBe("python");
    expect(trie.value(walk(["project", "manager"]))).toBe("project manager");
    expect(trie.value(walk(["project"]))).toBeUndefined();
    for (const word of words) expect(trie.value(walk(["many", word]))).toBe(`many ${word}`);
  });

  it("finds nothing for a token no sequence has there", () => {
    expect(walk(["java"])).toBe(NONE);
    expect(walk(["project", "python"])).toBe(NONE);
    expect(walk(["many", "w40"])).toBe(NONE);
    expect(walk(["many", "a"])).toBe(NONE);
    expect(walk(["python", "project"])).toBe(NONE);
  });
});

describe("sortedIndexOf", () => {
  const sorted = Array.from({ length: 100 }, (_, index) => `t${String(index).padStart(3, "0")}`);

  it("finds every token of a sorted list, scanned or searched", () => {
    sorted.forEach((token, index) => expect(sortedIndexOf(sorted, token)).toBe(index));
    expect(sortedIndexOf(sorted.slice(0, 3), "t002")).toBe(2);
  });

  it("answers NONE for a token not listed, or listed outside the range", () => {
    expect(sortedIndexOf(sorted, "t0505")).toBe(NONE);
    expect(sortedIndexOf(sorted, "a")).toBe(NONE);
    expect(sortedIndexOf(sorted, "z")).toBe(NONE);
    expect(sortedIndexOf(sorted, "t010", 11, 50)).toBe(NONE);
    expect(sortedIndexOf(sorted, "t010", 10, 50)).toBe(10);
  });
});
