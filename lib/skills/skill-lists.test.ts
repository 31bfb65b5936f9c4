import { describe, expect, it } from "vitest";
import { evidencesRequirement, statementsOf } from "./evidence";
import { embeddedResumeText, listedSince, skillListLines } from "./skill-lists";

const linesOf = (text: string) => [...skillListLines(text)].sort((a, b) => a - b);

describe("skill lists", () => {
  it("finds a labelled line and the lines under a skills heading, up to the next heading, blank line or dated entry", () => {
    const text = [
      "Kelly Marsh", // 0
      "Skills: forklift, teamwork", // 1
      "KEY SKILLS", // 2
      "- Stock control", // 3
      "- WMS", // 4
      "", // 5
      "Led a shift of 12 pickers", // 6
      "Core competencies:", // 7
      "Excel, SAP", // 8
      "Warehouse Supervisor, Coldline (2019 – present)", // 9
      "- Ran daily safety briefings", // 10
      "## Technical skills", // 11
      "Python", // 12
      "Experience", // 13
      "Tools used daily on the line", // 14
    ].join("\n");
    expect(linesOf(text)).toEqual([1, 2, 3, 4, 7, 8, 11, 12]);
  });

  it("leaves prose that mentions skills alone", () => {
    expect(linesOf("Strong communication skills gained in retail.\nSkilled in Excel and SAP.")).toEqual([]);
    expect(linesOf("Licences: reach truck, counterbalance")).toEqual([]);
  });

  it("takes a claim of three things or more in prose as a list, up to the end of its sentence", () => {
    const text = [
      "Dana Weber", // 0
      "Skilled in purchasing, procurement and SAP.", // 1
      "Experienced buyer with a strong background in category management, sourcing, ERP and Excel.", // 2
      "Proficient with Excel and SAP.", // 3
      "Knowledge of SAP. Placed orders, chased suppliers and matched invoices.", // 4
      "- Placed purchase orders, chased late deliveries and matched invoices", // 5
      "Work experience with Tesco, Asda and Aldi, 2015 – 2020", // 6
    ].join("\n");
    expect(linesOf(text)).toEqual([1, 2]);
  });

  it("takes a sentence of bare skill names as a list wherever it stands, but not a duty that says what was done", () => {
    const text = [
      "Jade Wilson", // 0
      "Healthcare Assistant, Leeds Teaching Hospitals (2021 – present)", // 1
      "- Responsible for accounts payable, Microsoft Excel, purchase orders and attention to detail.", // 2
      "- Accounts payable, payroll, bookkeeping.", // 3
      "- Personal care, observations and feeding for patients on a surgical ward", // 4
      "- VAT returns, bank reconciliations and management accounts for 30 small businesses in Xero", // 5
      "- Managed a team of 22 staff, rotas, recruitment and training", // 6
      "- Worked daily with Excel and SAP.", // 7
      "- Served customers, handled cash and restocked shelves", // 8
      "- Responsible for payroll, bookkeeping, invoicing and VAT returns. Liked by all.", // 9
      "Senior data scientist, 8 years of experience. Python, SQL, PyTorch. Ph.D. Statistics.", // 10
    ].join("\n");
    expect(linesOf(text)).toEqual([2, 3, 9]);
    expect(evidencesRequirement(statementsOf(text), "payroll")).toBe(false);
    expect(evidencesRequirement(statementsOf(text), "personal care")).toBe(true);
  });

  it("tells which lines the list rules of an older reading version did not list", () => {
    const run =
      "Kim Roth\nBuyer, Rewe, 2019 – present\n- Responsible for procurement, supplier management, SAP and contract negotiation.";
    const headline =
      "Josh Bennett\nAccounts Payable Clerk\n\nElectrical Apprentice, Westcountry Electrical (2024 – present)\n- Helping electricians";
    const listed = "Dana Weber\nBuyer, Metro AG, 2018 – present\nKey skills: SAP Ariba, Excel, category management";
    expect([listedSince(run, 10), listedSince(run, 11), listedSince(run, 12)]).toEqual([true, false, false]);
    expect([listedSince(headline, 10), listedSince(headline, 11), listedSince(headline, 12)]).toEqual([
      true,
      true,
      false,
    ]);
    expect(listedSince(listed, 9)).toBe(false);
  });

  it("embeds a résumé without its lists, and nothing when nothing else is left", () => {
    expect(embeddedResumeText("Dana Weber\nSkills: Excel, SAP\nBuyer at Metro")).toBe("Dana Weber\n\nBuyer at Metro");
    expect(embeddedResumeText("Skills: Excel, SAP\nSkilled in payroll, PAYE and pensions.")).toBeNull();
    expect(embeddedResumeText(null)).toBeNull();
  });

  it("ends a list that runs on, so a heading with no end never swallows the résumé", () => {
    const text = ["Skills", ...Array.from({ length: 30 }, (_, index) => `item ${index}`)].join("\n");
    expect(linesOf(text)).toHaveLength(16);
  });
});

describe("evidence outside skill lists", () => {
  const operative = [
    "Warehouse Operative, FastParcel (2021 – present)",
    "- Picking and packing orders to target",
    "Skills: leadership, WMS, stock control, absence management",
  ].join("\n");
  const supervisor = [
    "Shift Supervisor, Coldline (2019 – present)",
    "- Handled absence management and return to work meetings",
    "- Kept stock accurate in the WMS; showed leadership on nights",
    "Skills: leadership, WMS, stock control",
  ].join("\n");

  it("states what a list names, and evidences only what the rest of the résumé states", () => {
    const listed = statementsOf(operative);
    expect([...listed.stated]).toEqual(expect.arrayContaining(["leadership", "wms", "stock_control"]));
    expect(["leadership", "wms", "stock_control"].filter((id) => listed.evidenced.has(id))).toEqual([]);
    const shown = statementsOf(supervisor);
    expect(["leadership", "wms"].filter((id) => shown.evidenced.has(id))).toEqual(["leadership", "wms"]);
  });

  it("reads requirement phrases the taxonomy does not know the same way", () => {
    const phrase = "return to work meetings";
    expect(evidencesRequirement(statementsOf(supervisor), phrase)).toBe(true);
    const listedOnly = statementsOf("Care Assistant (2020 – present)\nSkills: return to work meetings, forklift");
    expect(evidencesRequirement(listedOnly, phrase)).toBe(false);
    expect(evidencesRequirement(listedOnly, "forklift")).toBe(false);
  });

  it("evidences everything a résumé without skill lists states", () => {
    const statements = statementsOf("Processed purchase orders and managed the sales team.");
    expect([...statements.evidenced]).toEqual([...statements.stated]);
  });
});
