import type { ProviderName, Usage } from "./types";

// Versioned price table, USD per million tokens. Prices change: add a row with a later `effectiveFrom`,
// never edit a past one, so the cost of old generations stays what it was. Figures are as the providers
// published them (DeepSeek: api-docs.deepseek.com/quick_start/pricing; OpenAI: openai.com/api/pricing);
// check them when you add a model. Local models (Ollama) and the builtin rules cost nothing.

export interface TokenRates {
  /** Input tokens not served from the prompt cache (DeepSeek's "cache miss"). */
  input: number;
  /** Input tokens served from the prompt cache (DeepSeek's "cache hit", OpenAI's "cached input"). */
  cachedInput: number;
  output: number;
}

export interface PriceEntry {
  provider: ProviderName;
  /** Exact model name, or "*" for every model of the provider. */
  model: string;
  /** First UTC day the rates apply (inclusive), YYYY-MM-DD. */
  effectiveFrom: string;
  rates: TokenRates;
  /** A daily discount window in UTC (`HH:MM`); it may wrap past midnight. */
  offPeak?: { startUtc: string; endUtc: string; rates: TokenRates };
}

const DEEPSEEK_OFF_PEAK = { startUtc: "16:30", endUtc: "00:30" };

export const PRICE_TABLE: readonly PriceEntry[] = [
  { provider: "builtin", model: "*", effectiveFrom: "2000-01-01", rates: { input: 0, cachedInput: 0, output: 0 } },
  { provider: "ollama", model: "*", effectiveFrom: "2000-01-01", rates: { input: 0, cachedInput: 0, output: 0 } },
  // DeepSeek-V3: off-peak 50 % off (reasoner 75 % off) until the discount ended on 2025-09-05.
  {
    provider: "deepseek",
    model: "deepseek-chat",
    effectiveFrom: "2025-02-09",
    rates: { input: 0.27, cachedInput: 0.07, output: 1.1 },
    offPeak: { ...DEEPSEEK_OFF_PEAK, rates: { input: 0.135, cachedInput: 0.035, output: 0.55 } },
  },
  {
    provider: "deepseek",
    model: "deepseek-reasoner",
    effectiveFrom: "2025-02-09",
    rates: { input: 0.55, cachedInput: 0.14, output: 2.19 },
    offPeak: { ...DEEPSEEK_OFF_PEAK, rates: { input: 0.135, cachedInput: 0.035, output: 0.55 } },
  },
  {
    provider: "deepseek",
    model: "deepseek-chat",
    effectiveFrom: "2025-09-05",
    rates: { input: 0.56, cachedInput: 0.07, output: 1.68 },
  },
  {
    provider: "deepseek",
    model: "deepseek-reasoner",
    effectiveFrom: "2025-09-05",
    rates: { input: 0.56, cachedInput: 0.07, output: 1.68 },
  },
  // DeepSeek-V3.2: both model names, one price.
  {
    provider: "deepseek",
    model: "deepseek-chat",
    effectiveFrom: "2025-09-29",
    rates: { input: 0.28, cachedInput: 0.028, output: 0.42 },
  },
  {
    provider: "deepseek",
    model: "deepseek-reasoner",
    effectiveFrom: "2025-09-29",
    rates: { input: 0.28, cachedInput: 0.028, output: 0.42 },
  },
  {
    provider: "openai",
    model: "gpt-4o-mini",
    effectiveFrom: "2024-07-18",
    rates: { input: 0.15, cachedInput: 0.075, output: 0.6 },
  },
  {
    provider: "openai",
    model: "gpt-4o",
    effectiveFrom: "2024-10-01",
    rates: { input: 2.5, cachedInput: 1.25, output: 10 },
  },
  {
    provider: "openai",
    model: "gpt-4.1-mini",
    effectiveFrom: "2025-04-14",
    rates: { input: 0.4, cachedInput: 0.1, output: 1.6 },
  },
  {
    provider: "openai",
    model: "gpt-4.1",
    effectiveFrom: "2025-04-14",
    rates: { input: 2, cachedInput: 0.5, output: 8 },
  },
];

function minutesOf(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(":").map(Number);
  return hours * 60 + minutes;
}

export function inWindow(at: Date, window: { startUtc: string; endUtc: string }): boolean {
  const minute = at.getUTCHours() * 60 + at.getUTCMinutes();
  const start = minutesOf(window.startUtc);
  const end = minutesOf(window.endUtc);
  return start <= end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** The entry in force at `at`: the latest effective row for the exact model, else for the provider's "*". */
export function priceFor(
  query: { provider: ProviderName; model: string; at: Date },
  table: readonly PriceEntry[] = PRICE_TABLE,
): PriceEntry | null {
  const day = query.at.toISOString().slice(0, 10);
  const latest = (model: string) =>
    table
      .filter((entry) => entry.provider === query.provider && entry.model === model && entry.effectiveFrom <= day)
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
  return latest(query.model) ?? latest("*");
}

/** Cost of one call in USD, or null when the table has no price for the model (recorded as 0). */
export function costOf(
  query: { provider: ProviderName; model: string; usage: Usage; at: Date },
  table: readonly PriceEntry[] = PRICE_TABLE,
): number | null {
  const entry = priceFor(query, table);
  if (!entry) return null;
  const rates = entry.offPeak && inWindow(query.at, entry.offPeak) ? entry.offPeak.rates : entry.rates;
  const cached = Math.min(query.usage.cachedTokens, query.usage.inputTokens);
  const uncached = query.usage.inputTokens - cached;
  return (uncached * rates.input + cached * rates.cachedInput + query.usage.outputTokens * rates.output) / 1_000_000;
}
