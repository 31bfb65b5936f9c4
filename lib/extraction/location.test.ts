import { describe, expect, it } from "vitest";
import { locationFrom } from "./location";

describe("locationFrom", () => {
  it("takes the place a résumé states, else a city in its header, else a country there", () => {
    expect(locationFrom("Jane Roe\nSoftware engineer\nLocation: Berlin, Germany")).toBe("Berlin");
    expect(locationFrom("Jane Roe\nLondon · jane@example.com\n\nExperience")).toBe("London");
    expect(locationFrom("Jane Roe\nSolihull, West Midlands, England\n\nExperience")).toBe("England");
    expect(locationFrom("Jane Roe\nData analyst\n\nExperience")).toBeNull();
  });

  it("does not read a country that is part of a name as where the candidate lives", () => {
    const header =
      "Joanne Okafor\nSolihull\n\nRegistered social worker (Social Work England) with six years' experience.";
    expect(locationFrom(header)).toBeNull();
    expect(locationFrom("Sam Lee\nAnalyst at NHS England, Leeds")).toBe("Leeds");
    expect(locationFrom("Sam Lee\nAnalyst at NHS England")).toBeNull();
  });
});
