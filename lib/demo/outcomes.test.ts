import { describe, expect, it } from "vitest";
import { generateDemoCandidates, generateDemoJobs } from "./generate";
import { simulateOutcomes, type ScoredPair } from "./outcomes";
import { demoTruth, latentFit } from "./truth";

// The demo's outcomes follow the generator's hidden truth, not the scorer: same role family, the job's
// skills and the right level make a candidate likelier to advance.

const NOW = new Date("2026-12-01T09:00:00Z");
const jobs = generateDemoJobs(NOW);
const candidates = generateDemoCandidates(NOW);
const truth = demoTruth({
  jobs,
  candidates,
  storedJobs: jobs.map((job) => ({ id: `id-${job.externalId}`, externalId: job.externalId })),
  storedCandidates: candidates.map((candidate) => ({
    id: `id-${candidate.externalId}`,
    externalId: candidate.externalId,
  })),
});

function everyPair(): ScoredPair[] {
  let n = 0;
  return jobs.flatMap((job) =>
    candidates.map((candidate) => ({
      inferenceId: `inf-${n++}`,
      jobId: `id-${job.externalId}`,
      candidateId: `id-${candidate.externalId}`,
      createdAt: new Date(NOW.getTime() - ((n * 7919) % 42) * 86_400_000 - 3_600_000),
    })),
  );
}

describe("simulated demo outcomes", () => {
  it("rank the generator's true fit: family, skills really held and level", () => {
    const job = truth.jobs.get(`id-${jobs.find((entry) => entry.targetSeniority === "mid")!.externalId}`)!;
    const base = {
      family: job.family,
      seniority: job.targetSeniority,
      skills: job.requiredSkills,
      location: job.location,
    };
    expect(latentFit(base, job)).toBeGreaterThan(latentFit({ ...base, family: "people" }, job));
    expect(latentFit(base, job)).toBeGreaterThan(latentFit({ ...base, skills: job.requiredSkills.slice(1) }, job));
    const below = latentFit({ ...base, seniority: "junior" }, job);
    const above = latentFit({ ...base, seniority: "senior" }, job);
    expect(above).toBeLessThan(latentFit(base, job));
    // One level short costs more than one level beyond.
    expect(below).toBeLessThan(above);
  });

  it("are deterministic, wait a week for a decision, and advance the better fits more often", () => {
    const scored = everyPair();
    const outcomes = simulateOutcomes({ scored, truth, now: NOW });
    expect(simulateOutcomes({ scored, truth, now: NOW })).toEqual(outcomes);
    const byId = new Map(scored.map((row) => [row.inferenceId, row]));
    for (const outcome of outcomes) {
      const row = byId.get(outcome.inferenceId)!;
      expect(NOW.getTime() - row.createdAt.getTime()).toBeGreaterThanOrEqual(7 * 86_400_000);
      expect(outcome.createdAt.getTime()).toBeGreaterThan(row.createdAt.getTime());
      expect(outcome.createdAt.getTime()).toBeLessThan(NOW.getTime());
    }
    const kinds = new Set(outcomes.map((outcome) => outcome.kind));
    expect([...kinds].sort()).toEqual(["advanced", "hired", "interviewed", "rejected", "withdrawn"]);
    const firstKind = new Map<string, string>();
    for (const outcome of outcomes)
      if (!firstKind.has(outcome.inferenceId)) firstKind.set(outcome.inferenceId, outcome.kind);
    const fitOf = (id: string) => {
      const row = byId.get(id)!;
      return latentFit(truth.candidates.get(row.candidateId)!, truth.jobs.get(row.jobId)!);
    };
    const rate = (ids: string[]) => ids.filter((id) => firstKind.get(id) === "advanced").length / ids.length;
    const decided = [...firstKind.keys()];
    const good = decided.filter((id) => fitOf(id) > 1);
    const poor = decided.filter((id) => fitOf(id) < -1);
    expect(rate(good)).toBeGreaterThan(0.7);
    expect(rate(poor)).toBeLessThan(0.25);
  });

  it("record one application per candidate and job: its first score", () => {
    const [first, ...rest] = everyPair();
    const later = { ...first!, inferenceId: "later", createdAt: new Date(first!.createdAt.getTime() + 3_600_000) };
    const outcomes = simulateOutcomes({ scored: [later, first!, ...rest], truth, now: NOW });
    expect(outcomes.some((outcome) => outcome.inferenceId === "later")).toBe(false);
  });
});
