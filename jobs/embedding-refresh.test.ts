import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { embeddingRefreshJob } from "./embedding-refresh";

describe("the embedding refresh job definition", () => {
  it("is scheduled in vercel.json on its cron route with the schedule it declares", () => {
    const config = JSON.parse(fs.readFileSync(path.join(process.cwd(), "vercel.json"), "utf8")) as {
      crons: { path: string; schedule: string }[];
    };
    expect(config.crons).toContainEqual({ path: "/api/cron/embeddings", schedule: embeddingRefreshJob.schedule });
  });

  it("accepts an empty input (the scheduler sends none) and refuses unknown options", () => {
    expect(embeddingRefreshJob.input.parse({})).toEqual({});
    expect(embeddingRefreshJob.input.safeParse({ batch: 3 }).success).toBe(false);
  });
});
