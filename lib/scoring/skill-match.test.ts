import { describe, expect, it } from "vitest";
import { matchSkills } from "./skill-match";

describe("matchSkills", () => {
  it("matches canonical ids exactly", () => {
    expect(matchSkills(["python", "kubernetes"], new Set(["python", "git"]))).toEqual({
      matched: ["python"],
      missing: ["kubernetes"],
    });
  });

  it("matches a skill the taxonomy does not know by text similarity", () => {
    expect(matchSkills(["acme_flowbuilder"], new Set(["acme_flowbuilders"])).matched).toEqual(["acme_flowbuilder"]);
    expect(matchSkills(["acme_flowbuilder"], new Set(["underwater_welding"])).missing).toEqual(["acme_flowbuilder"]);
  });

  it("never matches two different known skills by similarity", () => {
    expect(matchSkills(["java"], new Set(["javascript"])).missing).toEqual(["java"]);
  });
});
