import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { driftJob } from "./drift";

describe("the drift job definition", () => {
  it("is scheduled in vercel.json on its cron route with the schedule it declares", () => {
    const config = JSON.parse(fs.readFileSync(path.join(process.cwd(), "vercel.json"), "utf8")) as {
      crons: { path: string; schedule: string }[];
    };
    expect(config.crons).toContainEqual({ path: "/api/cron/drift", schedule: driftJob.schedule });
    expect(driftJob.schedule).toBe("0 6 * * 1"); // Mondays 06:00 UTC
  });

  it("accepts an empty input (the scheduler sends none) and refuses unknown options", () => {
    expect(driftJob.input.parse({})).toMatchObject({
      currentDays: 7,
      referenceDays: 28,
      numericTest: "psi",
      bins: 10,
      useBaseline: true,
    });
    expect(driftJob.input.safeParse({ window: 3 }).success).toBe(false);
  });
});
