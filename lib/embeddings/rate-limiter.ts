// Paces work to at most `perMinute` units a minute, evenly: each take(n) waits until the units taken before
// it are spent, then reserves n units' share of the minute. The first take never waits. Clock and sleep
// are injected, so the pacing is tested without waiting.

export interface RateLimiter {
  take(units: number): Promise<void>;
}

export function rateLimiter({
  perMinute,
  now = Date.now,
  sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
}: {
  perMinute: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}): RateLimiter {
  const msPerUnit = 60_000 / perMinute;
  let nextAt = Number.NEGATIVE_INFINITY;
  return {
    async take(units) {
      const wait = nextAt - now();
      if (wait > 0) await sleep(wait);
      nextAt = Math.max(now(), nextAt) + units * msPerUnit;
    },
  };
}

/** No pacing: the built-in model runs in-process and has no server to spare. */
export const unlimited: RateLimiter = { take: async () => undefined };
