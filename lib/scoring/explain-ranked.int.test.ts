import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCandidate } from "@/lib/candidates";
import { createJob } from "@/lib/job-postings";
import { startFakeLlmServer, type FakeLlmServer } from "@/test/fake-llm/server";
import { withEnv } from "@/test/helpers/env";
import { fakeOllamaEmbedding } from "@/test/helpers/llm";
import { unique } from "@/test/helpers/unique";
import { explainRanked } from "./explain-ranked";
import { rankCandidates } from "./rank-candidates";
import { scoreStoredPair } from "./score-stored";

// A saved candidate whose résumé repeats the job's posting is read without the copied lines on every path —
// the job's ranking, the candidate's explanation and a score of the stored pair — and the recruiter is told.

const system = { kind: "system", name: "test" } as const;
const DUTIES = [
  "- Finding and winning new business customers: prospecting, cold calling, visiting sites and presenting our range",
  "- Preparing quotes and negotiating prices and contract terms in Salesforce",
];

const createSalesJob = () =>
  createJob({
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

describe("a saved candidate who copies the job's posting", () => {
  it("gains nothing by it, scores alike on every path, and the explanation warns", async () => {
    const job = await createSalesJob();
    const pasted = await save(`${own}\n${DUTIES.join("\n")}`);
    const honest = await save(own);

    const explained = await explainRanked({ input: { jobId: job.id, candidateId: pasted.id } });
    expect(explained.warnings).toEqual([expect.objectContaining({ code: "copied_from_posting", excerpt: DUTIES[0] })]);
    // What only the copied lines state is not the candidate's: Salesforce is neither matched nor listed.
    expect(explained.matchedSkills).not.toContain("salesforce");
    const honestExplained = await explainRanked({ input: { jobId: job.id, candidateId: honest.id } });
    expect(honestExplained.warnings).toEqual([]);
    // The rest of the résumé is the honest one's, vector included: the same score.
    expect(explained.score).toBe(honestExplained.score);

    const ranking = await rankCandidates({ input: { jobId: job.id, limit: 1_000, offset: 0 } });
    const ranked = (id: string) => ranking.items.find((item) => item.candidateId === id)!;
    expect(ranked(pasted.id).score).toBe(explained.score);
    expect(ranked(honest.id).score).toBe(honestExplained.score);
    const scored = await scoreStoredPair({
      ctx: system,
      input: { jobId: job.id, candidateId: pasted.id, source: "ui" },
    });
    expect(scored.score).toBe(explained.score);
    expect(scored.warnings).toEqual([expect.objectContaining({ code: "copied_from_posting" })]);
  });
});

describe("a copier's vector when the embedding model is down", () => {
  let server: FakeLlmServer;
  beforeAll(async () => {
    server = await startFakeLlmServer({ embeddingDimension: 8 });
  });
  afterAll(() => server.close());

  it("is left out of the ranking and the explanation, which still answer", async () => {
    await withEnv(fakeOllamaEmbedding(server), async () => {
      const job = await createSalesJob();
      const pasted = await save(`${own}\n${DUTIES.join("\n")}`);
      const honest = await save(own);
      // The rest of the copier's résumé would be embedded again now: the model no longer answers.
      server.setDefault({ kind: "status", status: 503 });
      const asked = server.requests.length;
      const semanticOf = (contributions: { signal: string; value: unknown }[]) =>
        contributions.find((contribution) => contribution.signal === "semantic_similarity")!.value;

      const ranking = await rankCandidates({ input: { jobId: job.id, limit: 1_000, offset: 0 } });
      expect(ranking.items.map((item) => item.candidateId)).toEqual(expect.arrayContaining([pasted.id, honest.id]));
      expect(server.requests.slice(asked).some((request) => request.endpoint === "embed")).toBe(true);
      const explained = await explainRanked({ input: { jobId: job.id, candidateId: pasted.id } });
      expect(semanticOf(explained.contributions)).toBeNull();
      expect(explained.warnings).toEqual([expect.objectContaining({ code: "copied_from_posting" })]);
      expect(ranking.items.find((item) => item.candidateId === pasted.id)!.score).toBe(explained.score);
      // Whoever copied nothing keeps their stored vector.
      const honestExplained = await explainRanked({ input: { jobId: job.id, candidateId: honest.id } });
      expect(semanticOf(honestExplained.contributions)).not.toBeNull();
    });
  });
});
