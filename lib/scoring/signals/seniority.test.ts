import { describe, expect, it } from "vitest";
import { experienceFit, experienceRangeFromYears, experienceYears, seniorityGap, seniorityIndex } from "./seniority";

describe("seniority signals", () => {
  it("orders levels from intern to principal", () => {
    expect(seniorityIndex("intern")).toBe(0);
    expect(seniorityIndex("principal")).toBe(5);
    expect(seniorityIndex(null)).toBeNull();
  });

  it("gap is signed and unknown when a side is unknown", () => {
    expect(seniorityGap("senior", "mid")).toBe(1);
    expect(seniorityGap("junior", "lead")).toBe(-3);
    expect(seniorityGap(null, "lead")).toBeNull();
  });

  it("maps ranges to midpoints and years back to ranges", () => {
    expect(experienceYears("5-8_years")).toBe(6.5);
    expect(experienceYears("12+_years")).toBe(14);
    expect(experienceRangeFromYears(0)).toBe("0-2_years");
    expect(experienceRangeFromYears(5)).toBe("5-8_years");
    expect(experienceRangeFromYears(30)).toBe("12+_years");
  });

  it("experience fit is 1 inside the usual band and halves every three years outside", () => {
    expect(experienceFit("5-8_years", "senior")).toBe(1);
    // 1 year against a senior band starting at 5: 4 years short → 0.5^(4/3)
    expect(experienceFit("0-2_years", "senior")).toBeCloseTo(Math.pow(0.5, 4 / 3), 12);
    expect(experienceFit(null, "senior")).toBeNull();
    expect(experienceFit("5-8_years", null)).toBeNull();
  });
});
