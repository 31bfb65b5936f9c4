import { describe, expect, it } from "vitest";
import { headlineClaims } from "./headline-claims";
import { embeddedResumeText, skillListLines } from "./skill-lists";

const claimsOf = (text: string) => headlineClaims(text);

const APPRENTICE = `Josh Bennett
Accounts Payable Clerk
Bristol | josh.bennett@example.com

Electrical Apprentice, Westcountry Electrical (2024 – present)
- Helping qualified electricians with first and second fix in new homes`;

describe("headline claims", () => {
  it("reads a headline title that no dated role shows as a claim, listed like a skills list", () => {
    expect(claimsOf(APPRENTICE)).toEqual([1]);
    expect([...skillListLines(APPRENTICE)]).toEqual([1]);
    expect(embeddedResumeText(APPRENTICE)).not.toContain("Accounts Payable Clerk");
  });

  it("keeps a headline a role shows: the same words, the same occupation or a close one", () => {
    const same = `Jordan Blake
Accounts Payable Clerk
Derby · jordan.blake@example.com

2019 – present: Accounts Payable Clerk, Midshire Homes
- Process 900 supplier invoices a month in Sage 200`;
    const close = `Tom Rigby
Bookkeeper
Manchester

Accounts Assistant, Hartley & Co (2017 – present)
- Sales and purchase ledgers, bank reconciliations and VAT returns`;
    expect(claimsOf(same)).toEqual([]);
    expect(claimsOf(close)).toEqual([]);
  });

  it("judges nothing without dated roles naming an occupation", () => {
    expect(claimsOf("Josh Bennett\nAccounts Payable Clerk\nLooking for my first role in finance.")).toEqual([]);
    expect(claimsOf("Josh Bennett\nAccounts Payable Clerk\n\n2019 – 2024: travelling")).toEqual([]);
  });
});
