import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalSkill, findSkillsInText, inflections, statementsOf, statesRequirement } from ".";

// Skills of work outside software: recognised in postings under the names employers write, and found in a
// résumé in whatever word form it states them. The requirements and sentences here are written for
// this test (none comes from evaluation data).

describe("skills of every field in a posting", () => {
  it.each([
    ["Experience in business development.", "business_development"],
    ["Sales management experience.", "sales_management"],
    ["Purchase of raw materials.", "purchasing"],
    ["Background in e-commerce.", "ecommerce"],
    ["Ecommerce experience.", "ecommerce"],
    ["Excellent customer service.", "customer_support"],
    ["Patient care on a busy ward.", "patient_care"],
    ["Lesson planning for KS2.", "lesson_planning"],
    ["Bookkeeping to trial balance.", "bookkeeping"],
    ["Counterbalance forklift licence.", "forklift_operation"],
    ["Raise purchase orders.", "purchase_orders"],
    ["Quarterly VAT returns.", "vat"],
    ["Qualified Teacher Status is essential.", "qualified_teacher_status"],
    ["ACCA or CIMA qualified.", "acca"],
    ["Good negotiator and well organised.", "negotiation"],
  ])("%s → %s", (text, id) => {
    expect(findSkillsInText(text)).toContain(id);
  });

  it("maps every word form of a name to one skill", () => {
    for (const name of ["purchase", "purchasing", "Purchasing"]) expect(canonicalSkill(name).id).toBe("purchasing");
    for (const name of ["e-commerce", "ecommerce", "E commerce"]) expect(canonicalSkill(name).id).toBe("ecommerce");
    for (const name of ["forklift", "fork lift truck", "FLT"])
      expect(canonicalSkill(name).id).toBe("forklift_operation");
  });

  it("reads a name of two or three stems in another order: the noun form of a verb phrase", () => {
    expect(findSkillsInText("Payroll management for 300 staff")).toContain("manage_payroll");
    expect(findSkillsInText("Purchase orders issued on time")).toContain("issue_purchase_orders");
    // Never across a phrase break.
    expect(findSkillsInText("Purchase, orders issued")).not.toContain("issue_purchase_orders");
  });

  it("keeps word boundaries and the spelling of acronyms that are also words", () => {
    expect(findSkillsInText("PostgreSQL and MySQL")).not.toContain("sql");
    expect(findSkillsInText("We send invoices weekly")).not.toContain("special_educational_needs");
    expect(findSkillsInText("Support for pupils with SEND")).toContain("special_educational_needs");
    expect(findSkillsInText("Cleaned the brewing vat")).not.toContain("vat");
    expect(findSkillsInText("An excellent record")).not.toContain("excel");
  });

  it("leaves software postings to their own skills", () => {
    expect(findSkillsInText("Managing DBs at scale")).not.toContain("dbs_check");
    expect(findSkillsInText("Experience with data warehousing")).not.toContain("warehouse_operations");
    expect(findSkillsInText("Test case management")).not.toContain("case_management");
    expect(findSkillsInText("Sprint and delivery planning")).not.toContain("route_planning");
  });
});

describe("inflections", () => {
  it("gives a word's forms and those of the word it is made of", () => {
    expect(inflections("purchase")).toEqual(expect.arrayContaining(["purchases", "purchased", "purchasing"]));
    expect(inflections("manage")).toEqual(expect.arrayContaining(["management", "managing", "managed"]));
    expect(inflections("bookkeeping")).toContain("bookkeeper");
    expect(inflections("planning")).toEqual(expect.arrayContaining(["plan", "planned", "plans"]));
    expect(inflections("litigation")).toContain("litigator");
    expect(inflections("excel")).not.toContain("excellent");
  });
});

/** Requirements outside software, each with sentences that state it in another word form. */
const STATED_OTHERWISE: Record<string, readonly string[]> = {
  purchase: ["Processed purchase orders for 40 suppliers.", "Purchased packaging and steel."],
  purchasing: ["Purchased raw materials for two plants.", "Purchase ledger and supplier queries."],
  sales_management: ["Managed the sales team of twelve.", "Sales manager for the north region."],
  business_development: ["Developed new business in Benelux.", "Business developer for a logistics firm."],
  ecommerce: ["Ran the e-commerce store.", "Ecommerce coordinator at a fashion retailer."],
  customer_support: [
    "Provided customer service by phone and chat.",
    "Customer services adviser.",
    "Answered customer queries by phone and email.",
  ],
  patient_care: ["Cared for patients after surgery.", "Caring for patients on a stroke unit."],
  lesson_planning: ["Planned lessons for Year 5.", "Lesson plans for mixed-ability groups."],
  bookkeeping: ["Bookkeeper for three small firms.", "Bookkeeping up to trial balance."],
  forklift_operation: ["Forklift truck driver.", "Drove forklifts in a cold store."],
  nursing: ["Staff nurse on a medical ward.", "Nursed patients in intensive care."],
  invoicing: ["Invoiced clients every month.", "Raised invoices and chased payment."],
  recruiting: ["Recruiter for a staffing agency.", "Recruited 40 warehouse staff."],
  stock_control: [
    "Controlled stock across two stores.",
    "Weekly stock control counts.",
    "Kept stock accurate and resolved stock discrepancies.",
  ],
  absence_management: ["Handled absence and return to work meetings.", "Managed sickness absence for 60 staff."],
  health_and_safety: ["Ran daily safety briefings.", "Investigated accidents and near misses."],
  infection_control: ["Cleaned and sterilised instruments.", "Decontamination of the surgery between patients."],
  leadership: ["Led a night shift of 30 pickers.", "Supervised a team of 12 cleaners."],
  people_management: ["Managed a team of 22 staff.", "Line management of four advisers."],
  complaint_handling: ["Handled customer complaints.", "Complaints handled within 48 hours."],
  litigation: ["Trainee litigator in commercial disputes.", "Litigated contract claims."],
  teaching: ["Class teacher in a primary school.", "Taught and teaching maths."],
  accounting: ["Management accountant.", "Accounts assistant."],
};

const FILLER = [
  "Reliable and punctual.",
  "Full UK driving licence.",
  "Volunteer at the local food bank.",
  "Interests: hiking, chess and cooking.",
  "References available on request.",
  "Team of eight, reporting to the director.",
];

describe("a required skill the résumé states is never missing", () => {
  it("holds for every requirement outside software, in any word form, wherever the résumé states it", () => {
    const requirement = fc.constantFrom(...Object.keys(STATED_OTHERWISE));
    fc.assert(
      fc.property(
        requirement.chain((skill) =>
          fc.tuple(
            fc.constant(skill),
            fc.constantFrom(...STATED_OTHERWISE[skill]!),
            fc.array(fc.constantFrom(...FILLER), { maxLength: 6 }),
            fc.nat(),
          ),
        ),
        ([skill, statement, filler, at]) => {
          const lines = [...filler];
          lines.splice(at % (lines.length + 1), 0, statement);
          expect(statesRequirement(statementsOf(lines.join("\n")), skill), `${skill} in "${statement}"`).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("still reports a requirement the résumé does not state", () => {
    const statements = statementsOf(FILLER.join("\n"));
    for (const skill of Object.keys(STATED_OTHERWISE)) expect(statesRequirement(statements, skill), skill).toBe(false);
  });
});

describe("selling to businesses", () => {
  it.each([
    "Key Account Manager, Northbrook Foods (2019 – present)",
    "Looked after six key accounts in the grocery trade",
    "Trade sales to builders' merchants across the region",
    "Grew wholesale sales by 20% in two years",
    "Corporate sales for a hotel group",
    "Sold to distributors in France and Spain",
    "Selling to dealers of agricultural machinery",
    "Sales to manufacturers of garden furniture",
  ])("%s states B2B sales", (line) => {
    expect(statesRequirement(statementsOf(line), "b2b_sales")).toBe(true);
  });

  it.each([
    "Retail sales assistant on a busy shop floor",
    "Sold kitchens to homeowners in showrooms",
    "Negotiated offers between buyers and sellers of houses",
    "Manufacturing operative on a packing line",
    "Key holder and sales assistant",
  ])("%s does not", (line) => {
    expect(statesRequirement(statementsOf(line), "b2b_sales")).toBe(false);
  });
});
