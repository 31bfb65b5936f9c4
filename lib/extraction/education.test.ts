import { describe, expect, it } from "vitest";
import { educationFrom } from "./education";

describe("educationFrom", () => {
  it("reads the highest degree and the field written with it", () => {
    expect(educationFrom("B.Sc. Computer Science, TU Munich")).toEqual({
      level: "bachelors",
      field: "computer_science",
    });
    expect(educationFrom("BA (Hons) Social Work, University of Birmingham, 2018")).toEqual({
      level: "bachelors",
      field: "social_work",
    });
    expect(educationFrom("BA Accounting and Finance\nMBA, Warwick Business School")).toEqual({
      level: "masters",
      field: "business",
    });
  });

  it("does not read a degree word that is no degree", () => {
    expect(educationFrom("Certified Scrum Master; mastered SQL")).toEqual({ level: null, field: null });
  });
});
