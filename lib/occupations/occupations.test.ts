import { describe, expect, it } from "vitest";
import { matchOccupations } from "./occupations";

// Context is weighted stems, as a posting's requirements and description give them (lib/scoring/job-reading).
const context = (stems: Record<string, number>) => new Map(Object.entries(stems));

describe("matchOccupations", () => {
  it("names the occupation of a title that names one", () => {
    expect(matchOccupations("Registered Nurse", 1)[0]).toMatchObject({ title: "Registered Nurses", confidence: 1 });
  });

  it("lets what a posting says choose among the occupations an ambiguous title names", () => {
    const titleOf = (stems: Record<string, number>) =>
      matchOccupations("Shift Supervisor", 1, context(stems))[0]?.title;
    expect(titleOf({ food: 2, prepar: 1, restaur: 1, cash: 2 })).toBe(
      "First-Line Supervisors of Food Preparation and Serving Workers",
    );
    expect(titleOf({ secur: 2, patrol: 1, guard: 1 })).toBe("First-Line Supervisors of Security Workers");
    expect(matchOccupations("Sales Assistant", 1, context({ shelv: 1, merchandis: 2, store: 1 }))[0]?.title).toBe(
      "Retail Salespersons",
    );
  });

  it("lets the context reach the occupations of similar titles whose extra words it says", () => {
    // "Care Assistant" is filed only under animal caretakers.
    expect(matchOccupations("Care Assistant", 1)[0]?.title).toBe("Animal Caretakers");
    const careHome = matchOccupations("Care Assistant", 1, context({ resid: 1, home: 1, person: 2, care: 2, meal: 1 }));
    expect(careHome[0]?.title).not.toBe("Animal Caretakers");
    const ambulance = context({ ambul: 2, emerg: 2, patient: 1, transport: 1 });
    expect(matchOccupations("Care Assistant", 1, ambulance)[0]?.title).toMatch(/^Ambulance Drivers/);
  });

  it("keeps what the title alone names beside the context's choice, so a résumé's role by its title still meets it", () => {
    const [alone] = matchOccupations("Sales Assistant", 1);
    const read = matchOccupations("Sales Assistant", 1, context({ shelv: 1, merchandis: 2, store: 1 }));
    expect(read[0]?.title).toBe("Retail Salespersons");
    expect(read).toContainEqual(alone);
  });

  it("keeps the sources' choice when the context fits none of the title's occupations", () => {
    const plain = matchOccupations("Shift Supervisor", 1);
    expect(matchOccupations("Shift Supervisor", 1, context({ zzzunknown: 3 }))).toEqual(plain);
    expect(matchOccupations("Shift Supervisor", 1, new Map())).toEqual(plain);
  });
});
