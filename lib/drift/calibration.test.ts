import { describe, expect, it } from "vitest";
import { CONTINUOUS_SIGNALS, simulate, type ScenarioResult } from "./calibration";

// The verdict's calibration, on seeded simulated weeks (npm run test:drift-calibration prints the rates).
// Unchanged weeks must alert at most 5 % of the time at any window size; a 0.2 SD shift of one continuous
// signal at 5,000 rows per window must be flagged in at least 80 % of weeks; five shifted signals alert.

const WEEKS = 200;
const percent = (rate: number) => `${(rate * 100).toFixed(1)} %`;
const meanFlagRate = (result: ScenarioResult) => {
  const rates = Object.values(result.flagRate);
  return rates.reduce((sum, rate) => sum + rate, 0) / rates.length;
};

describe("drift verdict calibration", () => {
  it.each([200, 5_000, 1_000_000])("alerts on at most one unchanged week in twenty at %d rows per window", (rows) => {
    const result = simulate({ rowsPerWindow: rows, weeks: WEEKS }, rows);
    const worst = Object.entries(result.flagRate).sort((a, b) => b[1] - a[1])[0]!;
    console.log(
      `unchanged weeks, ${rows.toLocaleString("en")} rows per window: ${percent(result.alertRate)} of ${WEEKS} weeks alerted; ` +
        `signals flagged ${percent(meanFlagRate(result))} of the time on average, at most ${percent(worst[1])} (${worst[0]})`,
    );
    expect(result.alertRate).toBeLessThanOrEqual(0.05);
  });

  it("flags a 0.2 SD shift of one signal at 5,000 rows per window in at least 80 % of weeks", () => {
    const signal = "semantic_similarity";
    const result = simulate({ rowsPerWindow: 5_000, weeks: WEEKS, shifts: { [signal]: 0.2 } }, 42);
    console.log(
      `0.2 SD shift of ${signal}, 5,000 rows per window: flagged in ${percent(result.flagRate[signal]!)} of weeks`,
    );
    expect(result.flagRate[signal]).toBeGreaterThanOrEqual(0.8);
  });

  // With 36 monitored signals five drifted are a drift score of 13.9 %, under the 15 % threshold: they alert
  // by their number (ALERTING_DRIFTED_SIGNALS).
  it("alerts the week when five signals shift by 0.2 SD at 5,000 rows per window", () => {
    const shifted = CONTINUOUS_SIGNALS.slice(0, 5);
    const result = simulate(
      { rowsPerWindow: 5_000, weeks: WEEKS, shifts: Object.fromEntries(shifted.map((signal) => [signal, 0.2])) },
      43,
    );
    console.log(
      `0.2 SD shift of ${shifted.length} signals (${shifted.join(", ")}), 5,000 rows per window: ${percent(result.alertRate)} of weeks alerted`,
    );
    expect(result.alertRate).toBeGreaterThanOrEqual(0.8);
  });
});
