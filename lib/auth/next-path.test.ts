import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps paths on this site", () => {
    expect(safeNextPath("/jobs?q=python")).toBe("/jobs?q=python");
    expect(safeNextPath("/admin/api-keys")).toBe("/admin/api-keys");
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
  ])("sends %s to the overview instead", (next) => expect(safeNextPath(next)).toBe("/"));
});
