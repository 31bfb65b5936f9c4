import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps paths on this site", () => {
    expect(safeNextPath("/jobs?q=python")).toBe("/jobs?q=python");
    expect(safeNextPath("/admin/api-keys")).toBe("/admin/api-keys");
    expect(safeNextPath("/jobs/abc#ranking")).toBe("/jobs/abc#ranking");
  });

  it("returns the path normalised, as the browser will read it", () => {
    expect(safeNextPath("/jobs/./x/../abc")).toBe("/jobs/abc");
    expect(safeNextPath("/jo\tbs")).toBe("/jobs");
  });

  it("never lets a signed-in browser leave the site, whatever encoding the next parameter uses", () => {
    const base = "http://localhost:3000";
    for (const raw of [
      "%2F%09%2Fevil.example",
      "%2F%0A%2Fevil.example",
      "%2F%5C%2Fevil.example",
      "%09%2F%2Fevil.example",
    ]) {
      const next = new URL(`${base}/login?next=${raw}`).searchParams.get("next") ?? undefined;
      expect(new URL(safeNextPath(next), base).origin, raw).toBe(base);
    }
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "",
    undefined,
    "/login",
    "/api/me",
    // Tabs and newlines vanish when a browser parses a URL, and a backslash is a slash.
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    "/\\/evil.example",
    "/%2F/evil.example/../..//evil.example",
    "/./login",
    "/jobs/../api/me",
  ])("sends %s to the overview instead", (next) => expect(safeNextPath(next)).toBe("/"));
});
