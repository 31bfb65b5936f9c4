// Retry timing: exponential backoff with jitter, floored by the provider's Retry-After, capped.

export interface RetryPolicy {
  /** Per-call timeout, ms. */
  timeoutMs: number;
  /** Retries after the first attempt, for retryable failures. */
  maxRetries: number;
  /** First backoff, ms; doubles per retry. */
  baseMs: number;
  /** No wait is longer than this; a Retry-After beyond it means: fall back now. */
  maxDelayMs: number;
}

/**
 * How long to wait before retry number `retry` (1, 2, …), or null when the provider asked for a
 * longer pause than the cap (waiting would only hold up the request; the next provider answers).
 * Equal jitter: half the exponential step is fixed, half random, so retries spread but never collapse to 0.
 */
export function backoffDelay(options: {
  retry: number;
  policy: Pick<RetryPolicy, "baseMs" | "maxDelayMs">;
  retryAfterMs: number | null;
  random?: () => number;
}): number | null {
  const { retry, policy, retryAfterMs } = options;
  const random = options.random ?? Math.random;
  if (retryAfterMs !== null && retryAfterMs > policy.maxDelayMs) return null;
  const step = Math.min(policy.maxDelayMs, policy.baseMs * 2 ** (retry - 1));
  const jittered = step / 2 + (random() * step) / 2;
  return Math.min(policy.maxDelayMs, Math.max(jittered, retryAfterMs ?? 0));
}

export function sleep(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}
