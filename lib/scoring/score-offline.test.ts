import { describe, expect, it } from "vitest";
import type { ScorePayload } from "@/lib/vocabulary/score-payload";
import { scoreOffline } from "./score-offline";
import { backgroundCorpus } from "./signals/lexical";

const corpus = backgroundCorpus(300);
const payload: ScorePayload = {
  request_id: "offline-1",
  candidate: {
    profile: {
      resume_text: "Buyer\nBuyer, Hallam Pumps, 2016 – present\nRaised purchase orders in SAP and negotiated prices.",
    },
  },
  job_context: {
    metadata: { job_title: "Buyer", department: "Operations" },
    requirements: { required_tech_skills: ["SAP", "Kubernetes"], required_soft_skills: [] },
  },
};

// The first score loads the taxonomy and occupation data: slow on a busy machine, which is no failure.
describe("scoring without a database or an LLM", { timeout: 300_000 }, () => {
  it("reads the résumé with the built-in reader and explains the score", async () => {
    const result = await scoreOffline({ payload, corpus });
    expect(result.matchedSkills).toContain("sap");
    expect(result.missingSkills).toEqual(["kubernetes"]);
    const sum =
      result.output.baseline + result.output.contributions.reduce((total, item) => total + item.contribution, 0);
    expect(sum).toBeCloseTo(result.output.logit, 9);
    expect(await scoreOffline({ payload, corpus })).toEqual(result);
  });

  it("reads date ranges up to the given day", async () => {
    const early = await scoreOffline({ payload, corpus, now: new Date("2017-06-01T00:00:00Z") });
    const late = await scoreOffline({ payload, corpus, now: new Date("2026-06-01T00:00:00Z") });
    expect(early.features.experience_years).toBeLessThan(late.features.experience_years as number);
  });
});
