import { describe, expect, it } from "vitest";
import { readableResume } from "./resume-reading";

// What the recruiter is told about a résumé's text besides its score: here, a headline no role shows.

const HEADLINE = "Accounts Payable Clerk";
const apprentice = (headline: string) => `Josh Bennett
${headline}
Bristol | josh.bennett@example.com

Electrical Apprentice, Westcountry Electrical (2024 – present)
- Helping qualified electricians with first and second fix in new homes`;

describe("résumé warnings", () => {
  it("tell the recruiter when the headline names a job no dated role shows", () => {
    expect(readableResume(apprentice(HEADLINE)).warnings).toEqual([
      expect.objectContaining({ code: "unshown_headline", excerpt: HEADLINE }),
    ]);
    expect(readableResume(apprentice("Electrical Apprentice")).warnings).toEqual([]);
  });
});
