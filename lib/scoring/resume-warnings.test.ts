import { describe, expect, it } from "vitest";
import { readableResume } from "./resume-reading";
import { lexicalCorpusOfTexts } from "./texts-corpus";
import { scoreOffline } from "./score-offline";

// What the recruiter is told about a résumé's text besides its score: a headline no role shows, lines
// copied from the posting.

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

const POSTING = `Sales Executive – Industrial Packaging
What you'll be doing
- Finding and winning new business customers: prospecting, cold calling, visiting sites and presenting our range
- Preparing quotes and negotiating prices and contract terms`;

const scoredWarnings = async (resume: string) =>
  (
    await scoreOffline({
      corpus: lexicalCorpusOfTexts([]),
      payload: {
        request_id: "warnings-test",
        candidate: { profile: { resume_text: resume } },
        job_context: {
          metadata: { job_title: "Sales Executive", department: "Sales", job_description: POSTING },
          requirements: { required_tech_skills: [], required_soft_skills: [] },
        },
      },
    })
  ).warnings;

describe("a résumé that repeats the posting", () => {
  const own = `Ana Lopes
Sales Executive, Boxco (2020 – present)
- Won 14 new accounts by cold calling and site visits`;

  it("is told to the recruiter, with the first line it repeats, once it repeats two lines of the posting", async () => {
    const oneLine = `${own}\n- Preparing quotes and negotiating the prices and contract terms`;
    const pasted = `${oneLine}\n- Finding and winning new business customers: prospecting, cold calling, visiting sites`;
    expect(await scoredWarnings(pasted)).toEqual([
      expect.objectContaining({
        code: "copied_from_posting",
        excerpt: "- Preparing quotes and negotiating the prices and contract terms",
      }),
    ]);
    expect(await scoredWarnings(oneLine)).toEqual([]);
    expect(await scoredWarnings(own)).toEqual([]);
  });
});
