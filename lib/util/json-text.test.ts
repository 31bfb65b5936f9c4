import { describe, expect, it } from "vitest";
import { jsonTextOf, serialiseOnce } from "./json-text";

describe("serialiseOnce", () => {
  it("gives JSON.stringify's text and keeps it for that object only", () => {
    const value = { b: [1, 2.5, "x"], a: null, nested: { ok: true } };
    expect(jsonTextOf(value)).toBeUndefined();
    expect(serialiseOnce(value)).toBe(JSON.stringify(value));
    expect(jsonTextOf(value)).toBe(JSON.stringify(value));
    expect(jsonTextOf({ ...value })).toBeUndefined();
    expect(jsonTextOf("text")).toBeUndefined();
    expect(jsonTextOf(null)).toBeUndefined();
  });
});
