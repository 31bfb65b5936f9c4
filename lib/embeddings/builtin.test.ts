import { describe, expect, it } from "vitest";
import { BUILTIN_EMBEDDING_DIMENSIONS, collapseRepeats, embedText } from "./builtin";
import { cosineSimilarity, decodeVector, encodeVector } from "./vector";

describe("builtin embeddings", () => {
  it("are deterministic, L2-normalised and 384-dimensional", () => {
    const a = embedText("Senior Python engineer, Kubernetes and AWS");
    expect(a).toHaveLength(BUILTIN_EMBEDDING_DIMENSIONS);
    expect(embedText("Senior Python engineer, Kubernetes and AWS")).toEqual(a);
    expect(Math.hypot(...a)).toBeCloseTo(1, 10);
  });

  it("place related texts closer than unrelated ones", () => {
    const job = embedText("Backend engineer: Python, PostgreSQL, Kubernetes, Docker");
    const close = embedText("Python developer who runs services on Kubernetes with PostgreSQL and Docker");
    const far = embedText("Account executive closing mid-market deals with Salesforce and negotiation");
    expect(cosineSimilarity(job, close)).toBeGreaterThan(cosineSimilarity(job, far) + 0.1);
  });

  it("ignore case, accents and punctuation", () => {
    expect(embedText("Chloé, Python!")).toEqual(embedText("chloe python"));
  });

  it("collapse immediately repeated phrases of up to four words", () => {
    expect(collapseRepeats("a a a b".split(" "))).toEqual(["a", "b"]);
    expect(collapseRepeats("ci cd ci cd ci cd x".split(" "))).toEqual(["ci", "cd", "x"]);
    expect(collapseRepeats("machine learning ops machine learning ops".split(" "))).toEqual([
      "machine",
      "learning",
      "ops",
    ]);
    expect(collapseRepeats("a b c a".split(" "))).toEqual(["a", "b", "c", "a"]);
  });

  it("do not reward repeating a word", () => {
    const once = embedText("engineer python");
    expect(embedText("engineer python python python python python")).toEqual(once);
    // Scattered repeats count at most three times.
    expect(embedText("python a python b python c python d python")).toEqual(embedText("python a python b python c d"));
  });

  it("give a zero vector for text without words", () => {
    expect(embedText("  ... !!").every((value) => value === 0)).toBe(true);
  });
});

describe("vector storage", () => {
  it("round-trips through float32 bytes", () => {
    const vector = [0.5, -0.25, 1e-3, 0];
    const bytes = encodeVector(vector);
    expect(bytes.byteLength).toBe(16);
    expect(decodeVector(bytes)).toEqual(vector.map(Math.fround));
  });

  it("computes cosine similarity and refuses mismatched dimensions", () => {
    expect(cosineSimilarity([1, 0], [0, 1])).toBe(0);
    expect(cosineSimilarity([1, 1], [2, 2])).toBeCloseTo(1, 12);
    expect(cosineSimilarity([0, 0], [1, 0])).toBe(0);
    expect(cosineSimilarity([0, 1e-162], [1e-162, 0])).toBe(0);
    expect(cosineSimilarity([1e-162, 0], [1e-162, 0])).toBeCloseTo(1, 12);
    expect(() => cosineSimilarity([1], [1, 2])).toThrow(/1 and 2 dimensions/);
  });
});
