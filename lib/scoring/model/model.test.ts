import { describe, expect, it } from "vitest";
import { SIGNALS } from "@/lib/vocabulary/signals";
import { byImpact, type Contribution } from "./model";

const tied = (signal: string): Contribution => ({ signal, value: 0, weight: 0, contribution: 0 });

describe("byImpact", () => {
  it("puts the larger impact first, whatever its sign", () => {
    const small = { ...tied("a"), contribution: 0.2 };
    const large = { ...tied("b"), contribution: -0.5 };
    expect([small, large].sort(byImpact)).toEqual([large, small]);
  });

  it("orders equal impacts by signal name exactly as localeCompare does, catalog names or not", () => {
    const names = [...SIGNALS.map((signal) => signal.name as string), "zeta_retired", "a_retired", "Z", "é"];
    for (const a of names) {
      for (const b of names) {
        expect(Math.sign(byImpact(tied(a), tied(b))), `${a} / ${b}`).toBe(Math.sign(a.localeCompare(b)));
      }
    }
  });
});
