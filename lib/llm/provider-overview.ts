import "server-only";
import { dailyProviderCalls, providerUsage, type DailyProviderCalls, type ProviderUsage } from "./provider-stats";
import { providerStatus, type ProviderStatus } from "./provider-status";
import { llmRuntime } from "./runtime";
import type { ProviderName } from "./types";

/** Everything the admin provider view shows: the chain, each provider's status, and usage over time. */
export interface ProviderOverview {
  chain: ProviderName[];
  providers: ProviderStatus[];
  last24h: ProviderUsage[];
  last7d: ProviderUsage[];
  /** One entry per UTC day of the last 7 days and provider that had calls. */
  daily: DailyProviderCalls[];
  /** The 7 UTC days the daily series covers, oldest first (days without calls included). */
  days: string[];
  generatedAt: Date;
}

const HOUR = 3_600_000;

export async function getProviderOverview(options: { now?: Date } = {}): Promise<ProviderOverview> {
  const now = options.now ?? new Date();
  const weekStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 6));
  const [providers, last24h, last7d, daily] = await Promise.all([
    providerStatus(),
    providerUsage({ since: new Date(now.getTime() - 24 * HOUR) }),
    providerUsage({ since: new Date(now.getTime() - 7 * 24 * HOUR) }),
    dailyProviderCalls({ since: weekStart }),
  ]);
  const days = Array.from({ length: 7 }, (_, index) =>
    new Date(weekStart.getTime() + index * 24 * HOUR).toISOString().slice(0, 10),
  );
  return { chain: llmRuntime().config.chain, providers, last24h, last7d, daily, days, generatedAt: now };
}
