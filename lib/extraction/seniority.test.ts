import { describe, expect, it } from "vitest";
import { seniorityFromTitleWords } from "./seniority";

describe("seniorityFromTitleWords", () => {
  it("reads a manager as leading people", () => {
    expect(seniorityFromTitleWords("Store Manager")).toBe("lead");
    expect(seniorityFromTitleWords("Accounts Payable Manager")).toBe("lead");
  });

  it("leaves the level of a manager of accounts, clients or cases to their years", () => {
    for (const title of ["Key Account Manager", "Account Manager", "Relationship Manager", "Case Manager"]) {
      expect(seniorityFromTitleWords(title)).toBeNull();
    }
    // Every mention goes, not only the first: a headline and its current role often repeat the title.
    expect(seniorityFromTitleWords("Key Account Manager … Key Account Manager, LabelTech (2019 – present)")).toBeNull();
    expect(seniorityFromTitleWords("Senior Account Manager")).toBe("senior");
  });
});
