import { describe, expect, it } from "vitest";
import type { TaxonomyEntry } from "@/lib/skills/types";
import { addCategories } from "./categories";

const entry = (id: string, label: string, aliases: string[] = []): TaxonomyEntry => ({
  id,
  label,
  kind: "tool",
  aliases,
  source: "onet",
});

describe("addCategories (rule C1)", () => {
  it("gives a technology the categories O*NET names with an acronym the taxonomy knows", () => {
    const entries = [
      entry("sap", "SAP", ["sap software"]),
      entry("erp", "ERP", ["enterprise resource planning"]),
      entry("crm", "CRM"),
      entry("epic", "Epic"),
      entry("medical", "Medical"),
    ];
    const rows = [
      { example: "SAP software", commodityTitles: "Enterprise resource planning ERP software" },
      { example: "SAP", commodityTitles: "Customer relationship management CRM software|Medical software" },
      { example: "Epic Systems", commodityTitles: "Medical software" },
      { example: "ERP", commodityTitles: "Enterprise resource planning ERP software" },
    ];
    expect(addCategories(entries, rows)).toBe(1);
    expect(entries.map((each) => [each.id, each.categories])).toEqual([
      ["sap", ["crm", "erp"]],
      ["erp", undefined],
      ["crm", undefined],
      ["epic", undefined],
      ["medical", undefined],
    ]);
  });
});
