import { describe, expect, it } from "vitest";
import { preparationFits } from "./build";

describe("preparationFits (rule T1)", () => {
  it("keeps an ESCO occupation's labels off an O*NET occupation of another level of preparation", () => {
    // ESCO's "child care social worker" (ISCO 2635, a professional) is not O*NET's childcare workers (zone 2).
    expect(preparationFits("2635", 2)).toBe(false);
    expect(preparationFits("2635", 3)).toBe(true);
    expect(preparationFits("2635", 5)).toBe(true);
    // Elementary occupations (ISCO 9) are no zone 4 or 5 occupation; clerks to operators no zone 5.
    expect(preparationFits("9212", 4)).toBe(false);
    expect(preparationFits("9112", 3)).toBe(true);
    expect(preparationFits("4110", 5)).toBe(false);
    expect(preparationFits("4110", 1)).toBe(true);
  });

  it("lets an unknown zone or group fit", () => {
    expect(preparationFits("2635", null)).toBe(true);
    expect(preparationFits("0110", 1)).toBe(true);
    expect(preparationFits("", 5)).toBe(true);
  });
});
