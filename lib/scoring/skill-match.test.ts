import { describe, expect, it } from "vitest";
import { statementsOf } from "@/lib/skills";
import { matchSkills } from "./skill-match";

describe("matchSkills", () => {
  it("matches canonical ids exactly", () => {
    expect(matchSkills(["python", "kubernetes"], new Set(["python", "git"]), null)).toEqual({
      matched: ["python"],
      missing: ["kubernetes"],
    });
  });

  it("counts a required skill the résumé states, in any form, as met", () => {
    const statements = statementsOf("Processed purchase orders and managed the sales team.");
    expect(matchSkills(["purchase", "sales_management", "kubernetes"], new Set(), statements)).toEqual({
      matched: ["purchase", "sales_management"],
      missing: ["kubernetes"],
    });
  });

  it("reads a listing line by neighbouring items, and a sentence whole", () => {
    const listing = statementsOf("Skills: forklift, wound care, merchandising, rota planning");
    expect(matchSkills(["wound_care", "care_planning"], new Set(), listing)).toEqual({
      matched: ["wound_care"],
      missing: ["care_planning"],
    });
    const neighbours = statementsOf("Buyer: purchased fresh produce, supplier audits, inventory management");
    expect(matchSkills(["supplier_management"], new Set(), neighbours).matched).toEqual(["supplier_management"]);
    const prose = statementsOf("Planned, delivered and evaluated care for 12 patients.");
    expect(matchSkills(["care_planning"], new Set(), prose).matched).toEqual(["care_planning"]);
  });

  it("matches a skill the taxonomy does not know by spelling, only against unknown listed skills", () => {
    expect(matchSkills(["acme_flowbuilder"], new Set(["acme_flowbuilders"]), null).matched).toEqual([
      "acme_flowbuilder",
    ]);
    expect(matchSkills(["acme_flowbuilder"], new Set(["underwater_welding"]), null).missing).toEqual([
      "acme_flowbuilder",
    ]);
  });

  it("never matches a known skill by spelling, so made-up list entries cannot meet it", () => {
    expect(matchSkills(["java"], new Set(["javascript"]), null).missing).toEqual(["java"]);
    expect(matchSkills(["kubernetes"], new Set(["kubernetez", "kubernetes_x", "k8s_cluster"]), null).missing).toEqual([
      "kubernetes",
    ]);
  });
});
