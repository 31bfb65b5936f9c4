import { describe, expect, it } from "vitest";
import { canonicalJson, payloadSnapshot } from "./payload-hash";

const hash = (value: unknown) => payloadSnapshot(value).hash;

describe("payload snapshots", () => {
  it("ignore key order and undefined members, but not array order or values", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: undefined } })).toBe('{"a":{"d":[2,1]},"b":1}');
    expect(hash({ a: 1, b: 2 })).toBe(hash({ b: 2, a: 1 }));
    expect(hash({ a: [1, 2] })).not.toBe(hash({ a: [2, 1] }));
    expect(hash({ a: 1 })).not.toBe(hash({ a: 2 }));
  });

  it("order keys by UTF-16 code units, as sort() does, for small and large objects alike", () => {
    const keys = ["b", "a", "B", "é", "ab", "a_b", "10", "9", "Z", "z", "ä", "😀", "ﬀ", "a1", "aa", "A"];
    for (const count of [2, 5, keys.length, keys.length + 8]) {
      const chosen = Array.from({ length: count }, (_, i) => keys[i % keys.length]! + (i >= keys.length ? i : ""));
      const shuffled = [...chosen].reverse();
      const text = canonicalJson(Object.fromEntries(shuffled.map((key) => [key, 1])));
      expect(text).toBe(
        `{${[...chosen]
          .sort()
          .map((key) => `${JSON.stringify(key)}:1`)
          .join(",")}}`,
      );
    }
  });

  it("digest long vectors by value, so any change to a component changes the hash", () => {
    const vector = Array.from({ length: 384 }, (_, i) => Math.sin(i));
    const nudged = [...vector];
    nudged[200]! += 1e-12;
    expect(canonicalJson({ v: vector })).toMatch(/^\{"v":"f64:384:[A-Za-z0-9+/=]+"\}$/);
    expect(hash({ v: vector })).toBe(hash({ v: [...vector] }));
    expect(hash({ v: vector })).not.toBe(hash({ v: nudged }));
  });

  it("keep everything but the vectors, which they record by dimension and digest", () => {
    const payload = { request_id: "r", candidate: { embeddings: { semantic_vector: Array(384).fill(0.5) } } };
    const { text } = payloadSnapshot(payload);
    expect(JSON.parse(text)).toEqual({
      request_id: "r",
      candidate: { embeddings: { semantic_vector: expect.stringMatching(/^f64:384:/) } },
    });
    expect(text.length).toBeLessThan(200); // 384 numbers as JSON take about 7 kB
  });

  it("give the digests stored before (request ids of earlier scores still replay)", () => {
    const vector = Array.from({ length: 16 }, (_, i) => i / 16 - 0.3);
    expect(payloadSnapshot({ v: vector, request_id: "r" })).toEqual({
      text: '{"request_id":"r","v":"f64:16:34AUOO7dKPO8XDlnANSm3QGGc982o52Y59ojN1sjV4I="}',
      hash: "90a012cac280b3ba8e7810b1d1c99553bef74e10890be3152717e6fa01d6f9e1",
    });
  });
});
