import { describe, expect, it } from "vitest";
import { createCandidate } from "@/lib/candidates";
import { createJob } from "@/lib/job-postings";
import { unique } from "@/test/helpers/unique";
import { explainRanked } from "./explain-ranked";

// A saved candidate's explanation tells the recruiter what a payload's score tells: here, lines of the
// résumé that repeat the job's posting.

const system = { kind: "system", name: "test" } as const;
const DUTIES = [
  "- Finding and winning new business customers: prospecting, cold calling, visiting sites and presenting our range",
  "- Preparing quotes and negotiating prices and contract terms",
];

describe("a saved candidate's explanation", () => {
  it("warns when the résumé repeats the job's posting", async () => {
    const job = await createJob({
      ctx: system,
      input: {
        title: `Sales Executive ${unique("job")}`,
        department: "Sales",
        description: ["What you'll be doing", ...DUTIES].join("\n"),
        location: "Leeds",
      },
    });
    const save = (resumeText: string) =>
      createCandidate({ ctx: system, input: { fullName: unique("Candidate"), resumeText, location: "Leeds" } });
    const own = "Sales Executive, Boxco (2020 – present)\n- Won 14 new accounts by cold calling and site visits";
    const pasted = await save(`${own}\n${DUTIES.join("\n")}`);
    const honest = await save(own);

    const explained = await explainRanked({ input: { jobId: job.id, candidateId: pasted.id } });
    expect(explained.warnings).toEqual([expect.objectContaining({ code: "copied_from_posting", excerpt: DUTIES[0] })]);
    expect((await explainRanked({ input: { jobId: job.id, candidateId: honest.id } })).warnings).toEqual([]);
  });
});
