import { describe, expect, it } from "vitest";
import {
  educationShortfall,
  expectedYears,
  experienceFit,
  experienceRangeFromYears,
  experienceYears,
  seniorityFit,
  seniorityIndex,
} from "./seniority";

describe("seniority and experience signals", () => {
  it("orders levels from intern to principal", () => {
    expect(seniorityIndex("intern")).toBe(0);
    expect(seniorityIndex("principal")).toBe(5);
    expect(seniorityIndex(null)).toBeNull();
  });

  it("splits the distance to the target into shortfall and excess, unknown when a side is unknown", () => {
    expect(seniorityFit("intern", "mid", null)).toEqual({ shortfall: 2, excess: 0 });
    expect(seniorityFit("principal", "mid", null)).toEqual({ shortfall: 0, excess: 3 });
    expect(seniorityFit("senior", "senior", null)).toEqual({ shortfall: 0, excess: 0 });
    expect(seniorityFit(null, "lead", null)).toEqual({ shortfall: null, excess: null });
  });

  it("maps ranges to midpoints and years back to ranges", () => {
    expect(experienceYears("5-8_years")).toBe(6.5);
    expect(experienceYears("12+_years")).toBe(14);
    expect(experienceRangeFromYears(0)).toBe("0-2_years");
    expect(experienceRangeFromYears(5)).toBe("5-8_years");
    expect(experienceRangeFromYears(30)).toBe("12+_years");
  });

  it("measures experience against the level, or against the occupation's job zone without one", () => {
    expect(experienceFit("0-2_years", expectedYears("senior", null, null))).toEqual({ shortfall: 4, excess: 0 });
    expect(experienceFit("12+_years", expectedYears("mid", 2, null))).toEqual({ shortfall: 0, excess: 8 });
    expect(experienceFit("2-5_years", expectedYears(null, 5, null))).toEqual({ shortfall: 0.5, excess: 0 });
    expect(experienceFit("2-5_years", expectedYears(null, null, null))).toEqual({ shortfall: null, excess: null });
  });

  it("reads a minimum of years as a floor: falling short counts, going beyond it does not", () => {
    // "2+ years": the level two years suggest (junior) to reach, none to exceed.
    expect(seniorityFit("senior", null, 2)).toEqual({ shortfall: 0, excess: 0 });
    expect(seniorityFit("intern", null, 2)).toEqual({ shortfall: 1, excess: 0 });
    expect(seniorityFit(null, null, 2)).toEqual({ shortfall: null, excess: null });
    expect(expectedYears(null, 3, 2)).toEqual([2, Infinity]);
    expect(experienceFit("5-8_years", expectedYears(null, 3, 2))).toEqual({ shortfall: 0, excess: 0 });
    expect(experienceFit("0-2_years", expectedYears(null, 3, 3))).toEqual({ shortfall: 2, excess: 0 });
    expect(experienceFit(null, expectedYears(null, 3, 3))).toEqual({ shortfall: null, excess: null });
  });

  it("keeps both sides of a level the posting names, and its usual years, whatever minimum it states", () => {
    expect(seniorityFit("principal", "mid", 2)).toEqual({ shortfall: 0, excess: 3 });
    expect(expectedYears("senior", null, 2)).toEqual([5, 12]);
    expect(experienceFit("12+_years", expectedYears("senior", null, 2))).toEqual({ shortfall: 0, excess: 2 });
  });

  it("counts education levels below the job zone's usual minimum", () => {
    expect(educationShortfall("high_school", 4)).toBe(2);
    expect(educationShortfall("phd", 4)).toBe(0);
    expect(educationShortfall(null, 4)).toBeNull();
    expect(educationShortfall("bachelors", null)).toBeNull();
  });
});
