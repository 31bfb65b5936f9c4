import { describe, expect, it } from "vitest";
import { evidenceText, statementsOf, statesSkill } from "./evidence";

// Rule V3: a technology states the kinds of software O*NET files it under (taxonomy rule C1).

describe("software categories", () => {
  it("states ERP for SAP or NetSuite, CRM for Salesforce, CAD for AutoCAD, never a product for its category", () => {
    const { stated } = statementsOf("Raised POs in SAP; month-end in NetSuite.\nLogged every call in Salesforce.");
    expect(["erp", "crm"].filter((id) => stated.has(id))).toEqual(["erp", "crm"]);
    expect(statementsOf("Drew site plans in AutoCAD").stated.has("cad")).toBe(true);
    expect(statementsOf("Ran the ERP and the CRM").stated.has("sap")).toBe(false);
  });

  it("shows a category where the product is shown, and only claims it where the product is only listed", () => {
    const shown = statementsOf("Buyer, Hallam Pumps (2021 – present)\n- Converted MRP demand into orders in SAP");
    expect(shown.evidenced.has("erp")).toBe(true);
    const listed = statementsOf("Buyer, Hallam Pumps (2021 – present)\n- Placed orders\nSkills: SAP, Excel");
    expect(listed.stated.has("erp")).toBe(true);
    expect(listed.evidenced.has("erp")).toBe(false);
  });

  it("finds the line that states a category, as the score page shows it", () => {
    expect(statesSkill(evidenceText("Orders placed in SAP Business One"), "erp")).toBe(true);
    expect(statesSkill(evidenceText("Orders placed by phone"), "erp")).toBe(false);
  });
});
