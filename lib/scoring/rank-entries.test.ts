import { describe, expect, it } from "vitest";
import { toScore } from "./model/model";
import { bestFirst } from "./rank-entries";

// Candidates as the ranking orders them: the logit (the score before rounding) and the id, nothing else.
const entry = (candidateId: string, logit: number, fullName: string) => ({ candidateId, logit, fullName });

describe("bestFirst", () => {
  it("orders candidates who show the same score by the score before rounding, not by name", () => {
    const better = entry("c2", 2.305, "Zoe Young");
    const worse = entry("c1", 2.3, "Aaron Abbott");
    expect(toScore(better.logit)).toBe(toScore(worse.logit)); // both show 90.9
    expect([worse, better].sort(bestFirst).map((e) => e.fullName)).toEqual(["Zoe Young", "Aaron Abbott"]);
  });

  it("orders exact equals by id, so the order never depends on the order they were scored in", () => {
    const entries = [entry("c3", 1, "Ann"), entry("c1", 1, "Zed"), entry("c2", 1.5, "Bo"), entry("c4", 1, "Al")];
    const order = (list: typeof entries) => [...list].sort(bestFirst).map((e) => e.candidateId);
    expect(order(entries)).toEqual(["c2", "c1", "c3", "c4"]);
    expect(order([...entries].reverse())).toEqual(["c2", "c1", "c3", "c4"]);
  });
});
