import { describe, expect, it } from "vitest";
import { canonicalJson, payloadHash } from "./payload-hash";

describe("payload hashing", () => {
  it("ignores key order and undefined members, but not array order or values", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: undefined } })).toBe('{"a":{"d":[2,1]},"b":1}');
    expect(payloadHash({ a: 1, b: 2 })).toBe(payloadHash({ b: 2, a: 1 }));
    expect(payloadHash({ a: [1, 2] })).not.toBe(payloadHash({ a: [2, 1] }));
    expect(payloadHash({ a: 1 })).not.toBe(payloadHash({ a: 2 }));
  });

  it("digests long vectors by value, so any change to a component changes the hash", () => {
    const vector = Array.from({ length: 384 }, (_, i) => Math.sin(i));
    const nudged = [...vector];
    nudged[200]! += 1e-12;
    expect(canonicalJson({ v: vector })).toMatch(/^\{"v":"f64:384:[A-Za-z0-9+/=]+"\}$/);
    expect(payloadHash({ v: vector })).toBe(payloadHash({ v: [...vector] }));
    expect(payloadHash({ v: vector })).not.toBe(payloadHash({ v: nudged }));
  });
});
