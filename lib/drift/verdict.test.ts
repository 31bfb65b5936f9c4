import { describe, expect, it } from "vitest";
import { driftVerdictSentence, judgedDriftStatus, type VerdictReport } from "./verdict";

const signal = (name: string, value: number, drifted: boolean) => ({ signal: name, label: name, value, drifted });
const embedding = (kind: "candidate" | "job", drifted: boolean) => ({ kind, drifted });

describe("judgedDriftStatus", () => {
  const quiet = [embedding("candidate", false), embedding("job", false)];

  it("drifts on the score over the threshold, or on an embedding alone", () => {
    expect(judgedDriftStatus({ driftScore: 0.2, driftedSignals: 2, threshold: 0.15, embeddings: quiet })).toBe(
      "drifted",
    );
    expect(judgedDriftStatus({ driftScore: 0.15, driftedSignals: 3, threshold: 0.15, embeddings: quiet })).toBe("ok");
    expect(
      judgedDriftStatus({ driftScore: 0.05, driftedSignals: 2, threshold: 0.15, embeddings: [embedding("job", true)] }),
    ).toBe("drifted");
  });

  it("drifts on five drifted signals even when they are a share under the threshold", () => {
    expect(judgedDriftStatus({ driftScore: 5 / 36, driftedSignals: 5, threshold: 0.15, embeddings: quiet })).toBe(
      "drifted",
    );
    expect(judgedDriftStatus({ driftScore: 4 / 36, driftedSignals: 4, threshold: 0.15, embeddings: quiet })).toBe("ok");
  });
});

describe("driftVerdictSentence", () => {
  const base: VerdictReport = {
    status: "ok",
    driftScore: 2 / 37,
    threshold: 0.15,
    driftedSignals: 2,
    monitoredSignals: 37,
    metrics: [signal("recruiter", 0.3, true), signal("seniority_level", 0.12, true), signal("department", 0.01, false)],
    embeddings: [embedding("candidate", false), embedding("job", false)],
  };

  it("says a quiet week is quiet, with the share of signals against the threshold", () => {
    expect(driftVerdictSentence(base)).toBe(
      "No drift: 2 of 37 signals drifted (5.4%, not over the 15% threshold) and no embedding did.",
    );
  });

  it("names drifted embeddings as the reason when the signals stay under the threshold", () => {
    expect(
      driftVerdictSentence({
        ...base,
        status: "drifted",
        embeddings: [embedding("candidate", false), embedding("job", true)],
      }),
    ).toBe("Drifted: the job embeddings; the signals did not (2 of 37 signals, 5.4%, not over the 15% threshold).");
  });

  it("names the largest drifted signals in plain words, then how many more, and the embeddings too", () => {
    const metrics = ["recruiter", "seniority_level", "department", "field_of_study", "experience_years"].map(
      (name, index) => signal(name, 1 - index / 10, true),
    );
    expect(
      driftVerdictSentence({
        ...base,
        status: "drifted",
        driftScore: 7 / 37,
        driftedSignals: 7,
        metrics,
        embeddings: [embedding("candidate", true), embedding("job", true)],
      }),
    ).toBe(
      "Drifted: 7 of 37 signals (18.9%, over the 15% threshold) — Recruiter, Seniority level, Department and 2 more — and the candidate and job embeddings.",
    );
  });

  it("says five drifted signals alert though their share is under the threshold", () => {
    const metrics = ["recruiter", "seniority_level", "department", "field_of_study", "experience_years"].map(
      (name, index) => signal(name, 1 - index / 10, true),
    );
    expect(driftVerdictSentence({ ...base, status: "drifted", driftScore: 5 / 37, driftedSignals: 5, metrics })).toBe(
      "Drifted: 5 of 37 signals (13.5%, not over the 15% threshold, but 5 or more signals alert) — Recruiter, Seniority level, Department and 2 more.",
    );
  });

  it("keeps a stored label for a signal the catalog no longer has", () => {
    const metrics = [{ signal: "seniority_gap_abs", label: "Seniority gap (levels)", value: 0.4, drifted: true }];
    expect(
      driftVerdictSentence({
        ...base,
        status: "drifted",
        driftScore: 0.2,
        driftedSignals: 1,
        monitoredSignals: 5,
        metrics,
      }),
    ).toBe("Drifted: 1 of 5 signals (20%, over the 15% threshold) — Seniority gap (levels).");
  });

  it("does not contradict a report judged before embeddings or the signal count counted", () => {
    expect(driftVerdictSentence({ ...base, embeddings: [embedding("job", true)] })).toBe(
      "No drift: 2 of 37 signals drifted (5.4%, not over the 15% threshold); the job embeddings drifted, but this report was judged before that counted.",
    );
    expect(driftVerdictSentence({ ...base, driftScore: 5 / 37, driftedSignals: 5 })).toBe(
      "No drift: 5 of 37 signals drifted (13.5%, not over the 15% threshold); 5 or more signals drifted, but this report was judged before that counted.",
    );
  });

  it("does not judge a week without enough rows", () => {
    expect(driftVerdictSentence({ ...base, status: "insufficient_data", driftScore: null })).toMatch(/^Not judged/);
  });
});
