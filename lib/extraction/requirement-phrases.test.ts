import { describe, expect, it } from "vitest";
import { requirementPhrase } from "./requirement-phrases";

describe("requirementPhrase", () => {
  it("keeps the content words of a requirement, without the words that say how much or how well", () => {
    expect(requirementPhrase("- Proven experience of new build and shared ownership sales")).toBe(
      "new build and shared ownership sales",
    );
    expect(requirementPhrase("Right to work in the UK")).toBe("right to work in the uk");
    // Two things asked for in one line, between commas, are not one phrase.
    expect(requirementPhrase("Calm under pressure, good with numbers")).toBe("calm under pressure");
    expect(requirementPhrase("At least two years as a restaurant manager in a busy restaurant")).toBe(
      "restaurant manager in a restaurant",
    );
    expect(requirementPhrase("At least three years' experience of leasehold transactions (e.g. flats)")).toBe(
      "leasehold transactions",
    );
  });

  it("gives none for a line that names a known skill, a single word or prose", () => {
    expect(requirementPhrase("Experience handling customer complaints")).toBeNull();
    expect(requirementPhrase("Forklift licence")).toBeNull();
    expect(requirementPhrase("Flexible")).toBeNull();
    expect(
      requirementPhrase("We are a family run wholesaler recruiting staff for our brand new regional depot near Leeds"),
    ).toBeNull();
  });

  it("gives none for a phrase of temperament and manner alone: no résumé states or lacks it", () => {
    expect(requirementPhrase("- Calm, friendly manner")).toBeNull();
    expect(requirementPhrase("Reliable and punctual")).toBeNull();
    expect(requirementPhrase("Caring and compassionate")).toBeNull();
    expect(requirementPhrase("Calm under pressure with numbers")).toBe("calm under pressure with numbers");
    expect(requirementPhrase("Confidentiality and tact")).toBe("confidentiality and tact");
  });
});
