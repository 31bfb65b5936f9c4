import { describe, expect, it } from "vitest";
import { roleOccupations } from "./titles";

const CONSTRUCTION_MANAGERS = "11-9021.00";
const WIND_ENERGY_OPERATIONS_MANAGERS = "11-9199.09";
const RETAIL_SUPERVISORS = "41-1011.00";
const EXECUTIVE_SECRETARIES = "43-6011.00";
const CARE_AIDES = ["31-1121.00", "31-1122.00", "31-1131.00"]; // home health, personal care, nursing

const RESUME = `Sam Carter
Care Assistant
Leeds · sam.carter@example.com

EXPERIENCE
Site Manager, Hartwell Homes, 2020 – present
- Ran a residential construction site from groundworks to handover
- Coordinated subcontractors and trades, managed the build programme and budget

Assistant Manager, Northway Supermarket, 2016 – 2020
- Ran the store with the store manager: staff rotas, opening and closing, cash office
- Supervised the sales floor team, merchandising and stock replenishment

Care Assistant, Oak Lodge Care Home, 2013 – 2016
- Supported residents with personal care: washing, dressing, toileting and mobility
- Helped residents at mealtimes and recorded food and fluid intake
- Reported changes in residents' health to the nurse in charge

EDUCATION
NVQ Level 3 in Health and Social Care (2014)`;

describe("roleOccupations", () => {
  it("reads each role's title with the lines under it, keeping what the title alone names beside it", () => {
    const codes = roleOccupations(RESUME).map((role) => role.code);
    expect(codes).toContain(CONSTRUCTION_MANAGERS);
    expect(codes).toContain(RETAIL_SUPERVISORS);
    expect(codes.some((code) => CARE_AIDES.includes(code))).toBe(true);
    // The site manager's lines choose first; the title alone still names wind farm managers, after it.
    expect(codes.indexOf(CONSTRUCTION_MANAGERS)).toBeLessThan(codes.indexOf(WIND_ENERGY_OPERATIONS_MANAGERS));
    expect(codes).toContain(EXECUTIVE_SECRETARIES);
  });

  it("reads a role named with nothing under it by its title alone, as before", () => {
    const codes = (text: string) => roleOccupations(text).map((role) => role.code);
    expect(codes("Sam Carter\nSite Manager\nLeeds")).toEqual([WIND_ENERGY_OPERATIONS_MANAGERS]);
    expect(codes("Sam Carter\nLeeds\n\nAssistant Manager, 2013 – 2016")).toEqual([EXECUTIVE_SECRETARIES]);
  });
});

describe("a headline no role shows", () => {
  it("is a claim, not one of the résumé's occupations", () => {
    const BOOKKEEPING_CLERKS = "43-3031.00";
    const apprentice = `Josh Bennett
Accounts Payable Clerk
Bristol | josh.bennett@example.com

Electrical Apprentice, Westcountry Electrical (2024 – present)
- Helping qualified electricians with first and second fix in new homes`;
    const codes = roleOccupations(apprentice).map((fit) => fit.code);
    expect(codes).not.toContain(BOOKKEEPING_CLERKS);
    expect(codes.length).toBeGreaterThan(0);
    const clerk = apprentice.replace("Electrical Apprentice, Westcountry Electrical", "Purchase Ledger Clerk, Bibby");
    expect(roleOccupations(clerk).map((fit) => fit.code)).toContain(BOOKKEEPING_CLERKS);
  });
});
