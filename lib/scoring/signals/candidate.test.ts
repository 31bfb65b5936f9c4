import { describe, expect, it } from "vitest";
import { educationIndex, fieldCategory, fieldRelevance, flag } from "./candidate";

describe("candidate signals", () => {
  it("orders education levels", () => {
    expect(educationIndex("none")).toBe(0);
    expect(educationIndex("bachelors")).toBe(3);
    expect(educationIndex("phd")).toBe(5);
    expect(educationIndex(null)).toBeNull();
  });

  it("turns booleans into 0/1 and keeps unknown as null", () => {
    expect(flag(true)).toBe(1);
    expect(flag(false)).toBe(0);
    expect(flag(undefined)).toBeNull();
  });

  it("relates fields of study to departments, case-insensitively", () => {
    expect(fieldRelevance("computer_science", "Engineering")).toBe(1);
    expect(fieldRelevance("marketing", "engineering")).toBe(0);
    expect(fieldRelevance("computer_science", "Legal")).toBeNull();
    expect(fieldRelevance(null, "Engineering")).toBeNull();
  });

  it("normalises fields into categories", () => {
    expect(fieldCategory("Computer Science")).toBe("computer_science");
    expect(fieldCategory(null)).toBe("unknown");
  });
});
