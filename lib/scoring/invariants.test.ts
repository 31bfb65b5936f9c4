import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScorePayload } from "@/lib/vocabulary/score-payload";
import { scorePayloadArbitrary } from "@/test/helpers/payload-arbitrary";
import { extractResume } from "@/lib/extraction";
import { computeFeatures } from "./features";
import { DEFAULT_MODEL } from "./model/default-model";
import { applyModel } from "./model/model";
import { preparePayload } from "./prepare-payload";

// Properties of the scorer over hundreds of generated payloads (the pure pipeline: payload → prepared
// → signals → model; storage and HTTP are tested elsewhere).

const ctx = { kind: "system", name: "test" } as const;
// The rule-based reader directly, instead of through the gateway (which traces calls to the database).
const readResume = async ({ input }: { input: { text: string } }) => ({
  value: extractResume(input.text),
  provider: "builtin",
  prompt: null,
  generationIds: [],
});
const RUNS = { numRuns: 200 };

async function score(payload: ScorePayload) {
  const prepared = await preparePayload({ ctx, payload, readResume });
  const { features } = computeFeatures(prepared.candidate, prepared.job);
  return applyModel(DEFAULT_MODEL, features);
}

const clone = (payload: ScorePayload): ScorePayload => structuredClone(payload);
const shuffle = <T>(items: T[], seed: number) =>
  items
    .map((item, i) => ({ item, key: (i * 7919 + seed) % 104729 }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);

describe("scoring invariants", () => {
  it("is deterministic", async () => {
    await fc.assert(
      fc.asyncProperty(scorePayloadArbitrary, async (payload) => {
        expect(await score(clone(payload))).toEqual(await score(clone(payload)));
      }),
      RUNS,
    );
  });

  it("is bounded, and the contributions add up to the logit", async () => {
    await fc.assert(
      fc.asyncProperty(scorePayloadArbitrary, async (payload) => {
        const result = await score(payload);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        const sum = result.baseline + result.contributions.reduce((total, item) => total + item.contribution, 0);
        expect(sum).toBeCloseTo(result.logit, 9);
      }),
      RUNS,
    );
  });

  it("is zero-shot: request id, recruiter, title casing and skill order never change the score", async () => {
    await fc.assert(
      fc.asyncProperty(scorePayloadArbitrary, fc.integer(), async (payload, seed) => {
        const variant = clone(payload);
        variant.request_id = `other-${seed}`;
        variant.job_context.metadata.recruiter_id = seed % 2 === 0 ? undefined : `rec_${seed}`;
        variant.job_context.metadata.job_title =
          seed % 2 === 0
            ? payload.job_context.metadata.job_title.toUpperCase()
            : payload.job_context.metadata.job_title.toLowerCase();
        const requirements = variant.job_context.requirements;
        requirements.required_tech_skills = shuffle(requirements.required_tech_skills, seed);
        requirements.required_soft_skills = shuffle(requirements.required_soft_skills, seed + 1);
        if (variant.candidate.skills) {
          variant.candidate.skills.technical_skills = shuffle(variant.candidate.skills.technical_skills, seed + 2);
          variant.candidate.skills.tools = shuffle(variant.candidate.skills.tools, seed + 3);
        }
        expect((await score(variant)).score).toBe((await score(payload)).score);
      }),
      RUNS,
    );
  });

  it("is monotone: adding a required skill never lowers the score, removing one never raises it", async () => {
    const withRequirement = scorePayloadArbitrary.filter(
      (payload) =>
        payload.candidate.skills !== undefined && payload.job_context.requirements.required_tech_skills.length > 0,
    );
    await fc.assert(
      fc.asyncProperty(withRequirement, fc.nat(), async (payload, pick) => {
        const required = payload.job_context.requirements.required_tech_skills;
        const skill = required[pick % required.length]!;
        const base = (await score(payload)).score;

        const added = clone(payload);
        added.candidate.skills!.technical_skills = [...new Set([...added.candidate.skills!.technical_skills, skill])];
        expect((await score(added)).score).toBeGreaterThanOrEqual(base);

        const removed = clone(payload);
        for (const list of ["technical_skills", "soft_skills", "tools"] as const) {
          removed.candidate.skills![list] = removed.candidate.skills![list].filter((have) => have !== skill);
        }
        expect((await score(removed)).score).toBeLessThanOrEqual(base);
      }),
      RUNS,
    );
  });

  it("does not reward keyword stuffing: a skill repeated 50 times scores no higher than once", async () => {
    const withResume = scorePayloadArbitrary.filter((payload) => Boolean(payload.candidate.profile.resume_text));
    await fc.assert(
      fc.asyncProperty(
        withResume,
        fc.constantFrom("Python", "Kubernetes", "SQL", "CI/CD"),
        fc.constantFrom(" ", ", "),
        async (payload, skill, separator) => {
          const once = clone(payload);
          once.candidate.profile.resume_text = `${payload.candidate.profile.resume_text}\nSkills: ${skill}`;
          const stuffed = clone(payload);
          stuffed.candidate.profile.resume_text = `${payload.candidate.profile.resume_text}\nSkills: ${Array(50).fill(skill).join(separator)}`;
          expect((await score(stuffed)).score).toBeLessThanOrEqual((await score(once)).score);
        },
      ),
      RUNS,
    );
  });
});
