import { describe, expect, it } from "vitest";
import { EDUCATION_LEVELS, EXPERIENCE_RANGES, SENIORITY_LEVELS } from "@/lib/vocabulary/levels";
import { generateDemoCandidates, generateDemoJobs } from "./generate";

const NOW = new Date("2026-11-27T12:00:00Z");

describe("demo data", () => {
  it("is the same on every run", () => {
    expect(generateDemoJobs(NOW)).toEqual(generateDemoJobs(NOW));
    expect(generateDemoCandidates(NOW)).toEqual(generateDemoCandidates(NOW));
  });

  it("has at least 20 jobs across several departments", () => {
    const jobs = generateDemoJobs(NOW);
    expect(jobs.length).toBeGreaterThanOrEqual(20);
    expect(new Set(jobs.map((job) => job.department)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(jobs.map((job) => job.externalId)).size).toBe(jobs.length);
    for (const job of jobs) {
      expect(job.requiredTechSkills.length).toBeGreaterThanOrEqual(3);
      expect(SENIORITY_LEVELS).toContain(job.targetSeniority);
      expect(job.openedAt.getTime()).toBeLessThan(NOW.getTime());
    }
  });

  it("has 300 candidates with résumés that mention their skills", () => {
    const candidates = generateDemoCandidates(NOW);
    expect(candidates).toHaveLength(300);
    expect(new Set(candidates.map((candidate) => candidate.externalId)).size).toBe(300);
    for (const candidate of candidates) {
      expect(EXPERIENCE_RANGES).toContain(candidate.yearsExperienceRange);
      expect(EDUCATION_LEVELS).toContain(candidate.educationLevel);
      expect(candidate.resumeText).toContain(candidate.fullName);
      expect(candidate.resumeText).toContain("EXPERIENCE");
    }
  });
});
