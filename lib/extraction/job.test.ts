import { describe, expect, it } from "vitest";
import { extractJobRequirements } from "./job";

describe("extractJobRequirements (built-in rules)", () => {
  it("splits technical and soft requirements and reads the level from the title", () => {
    const result = extractJobRequirements({
      title: "Senior MLOps Engineer",
      description:
        "You will run Kubernetes and Terraform on AWS, write Python, and value teamwork and problem solving.",
    });
    expect(result.required_tech_skills).toEqual(expect.arrayContaining(["kubernetes", "terraform", "aws", "python"]));
    expect(result.required_soft_skills).toEqual(expect.arrayContaining(["teamwork", "problem_solving"]));
    expect(result.target_seniority).toBe("senior");
  });

  it("reads the level from the text when the title has none", () => {
    expect(extractJobRequirements({ title: "Data Engineer", description: "Level: lead." }).target_seniority).toBe(
      "lead",
    );
    expect(
      extractJobRequirements({ title: "Data Engineer", description: "You bring 2-4 years with SQL." }).target_seniority,
    ).toBe("mid");
    // A minimum is a floor, not a level: scoring reads it from the description (lib/scoring/job-reading.ts).
    expect(
      extractJobRequirements({ title: "Data Engineer", description: "You bring 3+ years with SQL." }).target_seniority,
    ).toBeNull();
    expect(extractJobRequirements({ title: "Data Engineer", description: "SQL." }).target_seniority).toBeNull();
  });

  it("reads what a posting outside software requires, from its duties when the requirements name few", () => {
    const result = extractJobRequirements({
      title: "Warehouse Team Leader",
      description: [
        "We are a family-run wholesaler recruiting for our new depot.",
        "Responsibilities",
        "- Lead the picking and packing team and plan staff rotas",
        "- Stock control and weekly stock counts; purchase orders for consumables",
        "- Keep health and safety standards high",
        "Requirements",
        "- Counterbalance forklift licence",
        "- Good communication",
      ].join("\n"),
    });
    expect(result.required_tech_skills).toEqual(
      expect.arrayContaining([
        "forklift_operation",
        "order_picking",
        "staff_scheduling",
        "stock_control",
        "purchase_orders",
        "health_and_safety",
      ]),
    );
    // The employer's introduction is not a duty: "recruiting" there is not a requirement.
    expect(result.required_tech_skills).not.toContain("recruiting");
    expect(result.required_soft_skills).toContain("communication");
  });

  it("reads an item marked preferred as optional without making the requirements after it optional", () => {
    const result = extractJobRequirements({
      title: "Warehouse Team Leader",
      description: [
        "Responsibilities",
        "- Use the warehouse management system to manage stock",
        "Requirements",
        "- Reach truck licence preferred",
        "- Good knowledge of a WMS",
        "- Strong leadership and communication skills",
        "Desirable: Microsoft Excel",
        "Plus: Salesforce",
      ].join("\n"),
    });
    expect(result.required_tech_skills).toContain("wms");
    expect(result.required_soft_skills).toEqual(expect.arrayContaining(["leadership", "communication"]));
    expect(result.required_tech_skills).not.toContain("excel");
    expect(result.nice_to_have_skills).toEqual(expect.arrayContaining(["excel", "salesforce"]));
    expect(result.nice_to_have_skills).not.toContain("wms");
    // ESCO's "use a warehouse management system" restates WMS: one requirement, not two.
    expect(result.required_tech_skills).not.toContain("use_a_warehouse_management_system");
    const complaints = extractJobRequirements({
      title: "Advisor",
      description: "Duties\n- Handle complaints calmly\nRequirements\n- Complaint handling experience",
    });
    expect(complaints.required_tech_skills).toEqual(["complaint_handling"]);
  });

  it("fills the requirements up from the duties: the more the requirements name, the fewer duties count", () => {
    const duties = ["Duties", "- Bank reconciliations and supplier payments"];
    const few = extractJobRequirements({
      title: "Accounts Assistant",
      description: [...duties, "Requirements", "- Accounts payable, VAT returns and bookkeeping experience"].join("\n"),
    });
    expect(few.required_tech_skills).toEqual(
      expect.arrayContaining(["accounts_payable", "vat", "bookkeeping", "bank_reconciliation"]),
    );
    const many = extractJobRequirements({
      title: "Accounts Assistant",
      description: [
        ...duties,
        "Requirements",
        "- Accounts payable, accounts receivable, VAT returns, payroll, credit control and bookkeeping experience",
      ].join("\n"),
    });
    expect(many.required_tech_skills).not.toContain("bank_reconciliation");
  });

  it("keeps a requirement no skill name covers as a phrase of its content words", () => {
    const result = extractJobRequirements({
      title: "Store Assistant",
      description: [
        "About the role",
        "- Water the plants on the shop floor",
        "Requirements",
        "- At least 2 years' experience in a busy garden centre (e.g. Dobbies)",
        "- Forklift licence",
        "- Strong communication",
        "We offer 28 days holiday.",
      ].join("\n"),
    });
    expect(result.required_tech_skills).toContain("garden centre");
    expect(result.required_tech_skills).toContain("forklift_operation");
    // A line that names a skill is that skill's; the offer is not a requirement; a duty fills the room left.
    expect(result.required_tech_skills.filter((id) => id.includes(" "))).toEqual([
      "garden centre",
      "water the plants on the shop floor",
    ]);
  });

  it("keeps duties no skill names as phrases only while the requirements name few", () => {
    const ad = (requirements: string) =>
      extractJobRequirements({
        title: "Van Driver",
        description: ["Duties", "- Load and unload delivery vehicles", "Requirements", `- ${requirements}`].join("\n"),
      }).required_tech_skills;
    expect(ad("Forklift licence")).toContain("load and unload delivery vehicles");
    expect(
      ad("Forklift licence, HGV licence, route planning, stock control, customer service and health and safety"),
    ).not.toContain("load and unload delivery vehicles");
  });
});
