import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { unique } from "@/test/helpers/unique";
import { dailyProviderCalls, lastProviderErrors, providerUsage } from "./provider-stats";

// The SQL aggregates over Generation. Each test writes rows under its own made-up provider name, so rows
// of other tests in the shared database do not disturb the numbers.

const HOUR = 3_600_000;

async function seed(provider: string, now: Date) {
  const latencies = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
  await db.generation.createMany({
    data: [
      ...latencies.map((latencyMs, index) => ({
        provider,
        model: "m",
        status: index < 8 ? "success" : "error",
        errorClass: index < 8 ? null : "timeout",
        latencyMs,
        inputTokens: 100,
        outputTokens: 10,
        cachedTokens: 5,
        costUsd: 0.001,
        createdAt: new Date(now.getTime() - HOUR - index * 1000),
      })),
      // Three days ago: inside the 7-day window only.
      {
        provider,
        model: "m",
        status: "success",
        latencyMs: 1000,
        inputTokens: 1,
        outputTokens: 1,
        costUsd: 0.5,
        createdAt: new Date(now.getTime() - 72 * HOUR),
      },
      // Outside both windows.
      {
        provider,
        model: "m",
        status: "error",
        errorClass: "auth",
        latencyMs: 5,
        createdAt: new Date(now.getTime() - 10 * 24 * HOUR),
      },
    ],
  });
}

describe("provider usage in SQL", () => {
  it("counts calls and failures and computes p50/p95 (percentile_cont), tokens and cost per window", async () => {
    const provider = unique("stats");
    const now = new Date();
    await seed(provider, now);
    const day = (await providerUsage({ since: new Date(now.getTime() - 24 * HOUR) })).find(
      (row) => row.provider === provider,
    );
    expect(day).toMatchObject({
      calls: 10,
      failures: 2,
      failureRate: 0.2,
      inputTokens: 1000,
      outputTokens: 100,
      cachedTokens: 50,
    });
    expect(day?.p50LatencyMs).toBeCloseTo(55, 10);
    expect(day?.p95LatencyMs).toBeCloseTo(95.5, 10); // 90 + 0.55 × (100 − 90)
    expect(day?.costUsd).toBeCloseTo(0.01, 10);

    const week = (await providerUsage({ since: new Date(now.getTime() - 7 * 24 * HOUR) })).find(
      (row) => row.provider === provider,
    );
    expect(week).toMatchObject({ calls: 11, failures: 2 });
    expect(week?.costUsd).toBeCloseTo(0.51, 10);
  });

  it("splits calls per UTC day with their p95 latency", async () => {
    const provider = unique("daily");
    const now = new Date();
    await seed(provider, now);
    const rows = (await dailyProviderCalls({ since: new Date(now.getTime() - 7 * 24 * HOUR) })).filter(
      (row) => row.provider === provider,
    );
    expect(rows.reduce((sum, row) => sum + row.succeeded, 0)).toBe(9);
    expect(rows.reduce((sum, row) => sum + row.failed, 0)).toBe(2);
    const threeDaysAgo = new Date(now.getTime() - 72 * HOUR).toISOString().slice(0, 10);
    expect(rows.find((row) => row.day === threeDaysAgo)).toMatchObject({ succeeded: 1, failed: 0, p95LatencyMs: 1000 });
  });

  it("remembers each provider's latest failure", async () => {
    const provider = unique("errors");
    const now = new Date();
    await seed(provider, now);
    const last = (await lastProviderErrors()).get(provider);
    expect(last?.errorClass).toBe("timeout");
    expect(last?.at.getTime()).toBe(now.getTime() - HOUR - 8 * 1000);
  });
});
