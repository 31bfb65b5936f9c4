import type { ProviderName, Usage } from "./types";

// Versioned price table, USD per million tokens, as the providers publish them (README, LLM providers, says
// where each row comes from). Prices change: add a row with a later `effectiveFrom`, never edit a past one,
// so old generations keep their cost. Local models (Ollama) and the builtin rules cost nothing.

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
  /** When the rates start to apply (inclusive): a UTC day `YYYY-MM-DD`, or an ISO instant for a change at a given hour. */
  effectiveFrom: string;
  rates: TokenRates;
  /** A daily discount window in UTC (`HH:MM`); it may wrap past midnight. */
  offPeak?: { startUtc: string; endUtc: string; rates: TokenRates };
  /** Dearer windows in UTC (`HH:MM`), on weekdays (Monday to Friday) only when `weekdays` is set. */
  peak?: { windowsUtc: { startUtc: string; endUtc: string }[]; weekdays: boolean; rates: TokenRates };
}

const DEEPSEEK_OFF_PEAK = { startUtc: "16:30", endUtc: "00:30" };

// From 16:00 UTC on 2026-08-16 DeepSeek bills twice its base rates 09:00–12:00 and 14:00–18:00 Beijing time
// on weekdays (Chinese public holidays excepted, which this table cannot know: they are charged as peak).
const DEEPSEEK_PEAK_HOURS = {
  windowsUtc: [
    { startUtc: "01:00", endUtc: "04:00" },
    { startUtc: "06:00", endUtc: "10:00" },
  ],
  weekdays: true,
};
const DEEPSEEK_PEAK_PRICING_FROM = "2026-08-16T16:00:00Z";

const double = (rates: TokenRates): TokenRates => ({
  input: rates.input * 2,
  cachedInput: rates.cachedInput * 2,
  output: rates.output * 2,
});

/** DeepSeek's rows for one model: the base rates, then the same as off-peak with a doubled peak. */
function deepseekRows(model: string, effectiveFrom: string, rates: TokenRates): PriceEntry[] {
  const peak = { ...DEEPSEEK_PEAK_HOURS, rates: double(rates) };
  const later = effectiveFrom > DEEPSEEK_PEAK_PRICING_FROM ? effectiveFrom : DEEPSEEK_PEAK_PRICING_FROM;
  return [
    ...(effectiveFrom < DEEPSEEK_PEAK_PRICING_FROM
      ? [{ provider: "deepseek" as const, model, effectiveFrom, rates }]
      : []),
    { provider: "deepseek", model, effectiveFrom: later, rates, peak },
  ];
}

// DeepSeek V4 Flash from launch (2026-04-24), V4 Pro's permanent price (2026-05-22), and V4.1 Flash, which
// also serves the retired `deepseek-v4-flash`, from its model version's date (the page gives none).
const V4_FLASH = { input: 0.14, cachedInput: 0.0028, output: 0.28 };
const V4_PRO = { input: 0.435, cachedInput: 0.003625, output: 0.87 };
const V4_1_FLASH = { input: 0.15, cachedInput: 0.003, output: 0.6 };

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
  ...deepseekRows("deepseek-v4-flash", "2026-04-24", V4_FLASH),
  ...deepseekRows("deepseek-v4-pro", "2026-05-22", V4_PRO),
  ...deepseekRows("deepseek-flash", "2026-10-17", V4_1_FLASH),
  ...deepseekRows("deepseek-v4-flash", "2026-10-17", V4_1_FLASH),
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
  // The GPT-5.4/5.5 family, standard tier, prompts under 270k tokens; dated from the day each price was
  // first seen on the price page (launch days not found).
  {
    provider: "openai",
    model: "gpt-5.5",
    effectiveFrom: "2026-04-30",
    rates: { input: 5, cachedInput: 0.5, output: 30 },
  },
  {
    provider: "openai",
    model: "gpt-5.4",
    effectiveFrom: "2026-04-30",
    rates: { input: 2.5, cachedInput: 0.25, output: 15 },
  },
  {
    provider: "openai",
    model: "gpt-5.4-mini",
    effectiveFrom: "2026-04-30",
    rates: { input: 0.75, cachedInput: 0.075, output: 4.5 },
  },
  {
    provider: "openai",
    model: "gpt-5.4-nano",
    effectiveFrom: "2026-06-04",
    rates: { input: 0.2, cachedInput: 0.02, output: 1.25 },
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
  const at = query.at.getTime();
  const latest = (model: string) =>
    table
      .filter(
        (entry) => entry.provider === query.provider && entry.model === model && Date.parse(entry.effectiveFrom) <= at,
      )
      .sort((a, b) => Date.parse(b.effectiveFrom) - Date.parse(a.effectiveFrom))[0] ?? null;
  return latest(query.model) ?? latest("*");
}

function ratesAt(entry: PriceEntry, at: Date): TokenRates {
  const weekday = at.getUTCDay() >= 1 && at.getUTCDay() <= 5;
  const { peak, offPeak } = entry;
  if (peak && (weekday || !peak.weekdays) && peak.windowsUtc.some((window) => inWindow(at, window))) {
    return peak.rates;
  }
  return offPeak && inWindow(at, offPeak) ? offPeak.rates : entry.rates;
}

/** Cost of one call in USD, or null when the table has no price for the model (recorded as 0). */
export function costOf(
  query: { provider: ProviderName; model: string; usage: Usage; at: Date },
  table: readonly PriceEntry[] = PRICE_TABLE,
): number | null {
  const entry = priceFor(query, table);
  if (!entry) return null;
  const rates = ratesAt(entry, query.at);
  const cached = Math.min(query.usage.cachedTokens, query.usage.inputTokens);
  const uncached = query.usage.inputTokens - cached;
  return (uncached * rates.input + cached * rates.cachedInput + query.usage.outputTokens * rates.output) / 1_000_000;
}
