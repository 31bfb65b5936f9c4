import { describe, expect, it } from "vitest";
import { allOf, allOfOneOf, anyOf, isStoredKey, keyQuery } from "./retrieval-keys";

describe("keyQuery", () => {
  it("quotes the prefixed lexeme as tsquery input: quotes doubled, backslashes escaped, the rest as is", () => {
    expect(keyQuery("word", "python")).toBe("'w:python'");
    expect(keyQuery("skill", "o'reilly")).toBe("'s:o''reilly'");
    expect(keyQuery("skill", "a\\b")).toBe("'s:a\\\\b'");
    expect(keyQuery("evidenced", "\\'")).toBe("'e:\\\\'''");
    expect(keyQuery("occupation", "15-1252.00")).toBe("'o:15-1252.00'");
    expect(keyQuery("skill", "c++ & (go | !rust) <-> a:* b")).toBe("'s:c++ & (go | !rust) <-> a:* b'");
    expect(keyQuery("word", "économie 日本")).toBe("'w:économie 日本'");
  });

  it("is null for a value the keys leave out: empty, or over 200 bytes", () => {
    expect(keyQuery("word", "")).toBeNull();
    expect(keyQuery("word", "x".repeat(200))).toBe(`'w:${"x".repeat(200)}'`);
    expect(keyQuery("word", "x".repeat(201))).toBeNull();
    // Bytes, not characters: 100 two-byte letters fit, 101 do not.
    expect(isStoredKey("é".repeat(100))).toBe(true);
    expect(isStoredKey("é".repeat(101))).toBe(false);
  });
});

describe("anyOf and allOf", () => {
  it("join queries, each in parentheses, and leave one query as it is", () => {
    expect(anyOf([])).toBeNull();
    expect(anyOf(["'w:a'"])).toBe("'w:a'");
    expect(anyOf(["'w:a'", "'s:b' | 's:c'"])).toBe("('w:a') | ('s:b' | 's:c')");
    expect(allOf("'w:a' | 'w:b'", "'s:c'")).toBe("('w:a' | 'w:b') & ('s:c')");
  });
});

describe("allOfOneOf", () => {
  it("tests a key the sets start with once, and a set ending there makes the longer ones moot", () => {
    expect(allOfOneOf([])).toBeNull();
    expect(allOfOneOf([["'a'"]])).toBe("'a'");
    expect(allOfOneOf([["'a'", "'b'"]])).toBe("('a') & ('b')");
    expect(allOfOneOf([["'a'", "'b'"], ["'a'", "'c'", "'d'"], ["'e'"]])).toBe(
      "(('a') & (('b') | (('c') & ('d')))) | ('e')",
    );
    expect(allOfOneOf([["'a'", "'b'"], ["'a'"]])).toBe("'a'");
    expect(() => allOfOneOf([[]])).toThrow(/at least one key/);
  });
});
