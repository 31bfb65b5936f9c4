import { describe, expect, it } from "vitest";
import { matchOccupations } from "./occupations";

// The words around a title as a posting or a résumé role gives them.
const CARE_HOME = `Supported residents with personal care: washing, dressing, toileting and mobility.
Helped residents at mealtimes and recorded food and fluid intake.
Reported changes in residents' health to the nurse in charge.`;
const BUILDING_SITE = `Ran a residential construction site from groundworks to handover.
Coordinated subcontractors and trades, managed the build programme and budget.`;
const RETAIL_STORE = `Northway Supermarket.
Ran the store with the store manager: staff rotas, opening and closing, cash office.
Supervised the sales floor team, merchandising and stock replenishment.`;

const bestOf = (title: string, around?: string) => matchOccupations(title, 3, around)[0]?.title;

describe("matchOccupations", () => {
  it("names the occupation of a title that names one", () => {
    expect(matchOccupations("Registered Nurse")[0]).toMatchObject({ title: "Registered Nurses", confidence: 1 });
  });

  it("reads a bare title as the sources file it, astray or not", () => {
    expect(bestOf("Site Manager")).toBe("Wind Energy Operations Managers");
    expect(bestOf("Assistant Manager")).toBe("Executive Secretaries and Executive Administrative Assistants");
  });

  it("lets the words around a title choose among the occupations it and titles like it name", () => {
    expect(bestOf("Care Assistant", CARE_HOME)).toMatch(/Nursing Assistants|Personal Care Aides|Home Health Aides/);
    expect(bestOf("Site Manager", BUILDING_SITE)).toBe("Construction Managers");
    expect(bestOf("Assistant Manager", RETAIL_STORE)).toBe("First-Line Supervisors of Retail Sales Workers");
    expect(bestOf("Shift Supervisor", "Checked food safety and cash handling in the restaurant kitchen.")).toBe(
      "First-Line Supervisors of Food Preparation and Serving Workers",
    );
  });

  it("completes a bare title with the words around it", () => {
    // Titles the sources file under no one occupation: "payroll administrator", "freight coordinator".
    expect(bestOf("Administrator", "Processed the monthly payroll for 300 staff, pensions and HMRC returns.")).toBe(
      "Payroll and Timekeeping Clerks",
    );
    expect(bestOf("Coordinator", "Booked deliveries with hauliers and tracked freight shipments.")).toBe(
      "Cargo and Freight Agents",
    );
    expect(bestOf("Administrator", "Managed Oracle and PostgreSQL databases: backups and tuning.")).toBe(
      "Database Administrators",
    );
  });

  it("keeps the title's own reading when the words around it tell nothing apart", () => {
    for (const title of [
      "Care Assistant",
      "Site Manager",
      "Shift Supervisor",
      "Registered Nurse",
      "Backend Engineer",
    ]) {
      const alone = matchOccupations(title);
      expect(matchOccupations(title, 3, "")).toEqual(alone);
      expect(matchOccupations(title, 3, "Zorblat quuxing.")).toEqual(alone);
      // The title's own words are no evidence: they are the same whichever occupation it names.
      expect(matchOccupations(title, 3, title)).toEqual(alone);
    }
  });

  it("reads British titles as the US sources write them", () => {
    expect(bestOf("Warehouse Team Leader")).toBe(
      "First-Line Supervisors of Helpers, Laborers, and Material Movers, Hand",
    );
    expect(bestOf("Customer Service Team Leader")).toBe(
      "First-Line Supervisors of Office and Administrative Support Workers",
    );
    expect(bestOf("Healthcare Support Worker")).toBe("Healthcare Support Workers, All Other");
    // Shortlist's reviewed list (scripts/occupations/british-titles.ts), where the sources file them astray.
    expect(bestOf("Sales Assistant")).toBe("Retail Salespersons");
    expect(bestOf("Healthcare Assistant")).toBe("Nursing Assistants");
    expect(bestOf("Care Assistant")).toBe("Personal Care Aides");
    expect(bestOf("Accounts Assistant")).toBe("Bookkeeping, Accounting, and Auditing Clerks");
    expect(bestOf("Customer Service Advisor")).toBe("Customer Service Representatives");
    expect(bestOf("Gas Engineer")).toBe("Plumbers, Pipefitters, and Steamfitters");
    expect(bestOf("Children's Social Worker")).toBe("Child, Family, and School Social Workers");
    expect(bestOf("Secondary School Teacher")).toBe(
      "Secondary School Teachers, Except Special and Career/Technical Education",
    );
  });

  it("files ESCO's titles only under an occupation of the same level of preparation", () => {
    // ESCO's child care social worker (a professional) once lent its labels to O*NET's childcare workers.
    expect(bestOf("Child Care Social Worker")).toBe("Child, Family, and School Social Workers");
    expect(bestOf("Drilling Engineer")).toBe("Petroleum Engineers");
  });

  it("does not let a title's words send an unambiguous title elsewhere", () => {
    expect(bestOf("Registered Nurse", "Administered medication and cared for patients on a surgical ward.")).toBe(
      "Registered Nurses",
    );
    expect(bestOf("Software Engineer", "Built REST APIs in TypeScript and PostgreSQL.")).toBe("Software Developers");
  });
});
