import { describe, expect, it } from "vitest";
import { minimumYears, seniorityFromTitleWords, targetSeniority } from "./seniority";

describe("seniorityFromTitleWords", () => {
  it("reads a manager as leading people", () => {
    expect(seniorityFromTitleWords("Store Manager")).toBe("lead");
    expect(seniorityFromTitleWords("Accounts Payable Manager")).toBe("lead");
  });

  it("reads staff as a level of technical ladders only", () => {
    expect(seniorityFromTitleWords("Staff Software Engineer")).toBe("lead");
    expect(seniorityFromTitleWords("Staff Data Scientist")).toBe("lead");
    for (const title of ["Staff Nurse", "Staff Accountant", "Registered Nurse (staff bank)"]) {
      expect(seniorityFromTitleWords(title)).toBeNull();
    }
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

describe("minimumYears", () => {
  it("reads a stated minimum as a floor", () => {
    const floors: [string, number][] = [
      ["2+ years of ICU or critical care experience", 2],
      ["You bring 3 + yrs in B2B sales", 3],
      ["At least 3 years' experience running a residential site", 3],
      ["a minimum of 4 years in payroll", 4],
      ["Minimum 5 years post-qualification", 5],
      ["min. 2 yrs multi-drop experience", 2],
      ["3 or more years of commercial experience", 3],
      ["5 years or more on the tools", 5],
      ["6 years minimum in a similar role", 6],
      ["no less than 1 year in a care setting", 1],
      ["At least two years' multi-drop experience", 2],
    ];
    for (const [text, years] of floors) expect(minimumYears(text), text).toBe(years);
  });

  it("leaves ranges, bare numbers and a company's age to other readings", () => {
    for (const text of [
      "2-4 years of experience",
      "2 – 4+ years in retail",
      "2 to 4 years or more is ideal",
      "3 years' experience in a busy kitchen",
      "We have been trading for over 20 years",
      "more than 3 years of experience",
      "Level: senior",
    ]) {
      expect(minimumYears(text), text).toBeNull();
    }
  });
});

describe("targetSeniority", () => {
  it("reads a level the ad names, or the level a range or bare number of years suggests", () => {
    expect(targetSeniority("Senior Nurse", "2+ years of ICU experience")).toBe("senior");
    expect(targetSeniority("Registered Nurse", "Level: mid. 2+ years of ICU experience")).toBe("mid");
    expect(targetSeniority("Registered Nurse", "2-4 years of ward experience")).toBe("mid");
    expect(targetSeniority("Registered Nurse", "5 years of ward experience")).toBe("senior");
  });

  it("reads no level from a minimum, which is a floor", () => {
    expect(targetSeniority("Registered Nurse", "2+ years of ICU experience")).toBeNull();
    expect(targetSeniority("Sales Development Representative", "At least 1 year in outbound sales")).toBeNull();
  });
});
