import type { ErrorClass } from "./errors";

// In-process circuit breaker: after `failureThreshold` consecutive failed calls a provider is skipped for
// `cooldownMs`, so a dead provider costs one fast skip instead of a timeout per request. When the cooldown
// ends one trial call goes through (the others keep skipping); its success closes the circuit again.
// State is per process: each app instance learns on its own, which is fine for a cooldown of a minute.

const HEALTH_FAILURES: ReadonlySet<ErrorClass> = new Set([
  "timeout",
  "rate_limit",
  "provider_error",
  "network",
  "auth",
  "unknown",
]);

export interface BreakerOptions {
  failureThreshold: number;
  cooldownMs: number;
  now?: () => number;
}

export interface BreakerState {
  consecutiveFailures: number;
  lastErrorClass: ErrorClass | null;
  lastErrorAt: Date | null;
  /** 0 when the provider is not cooling down. */
  cooldownRemainingMs: number;
}

interface Entry {
  failures: number;
  openUntil: number;
  lastErrorClass: ErrorClass | null;
  lastErrorAt: number | null;
}

export class CircuitBreaker {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(private readonly options: BreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  private entry(provider: string): Entry {
    let entry = this.entries.get(provider);
    if (!entry) {
      entry = { failures: 0, openUntil: 0, lastErrorClass: null, lastErrorAt: null };
      this.entries.set(provider, entry);
    }
    return entry;
  }

  /** Whether a call may go to the provider now. Admitting the trial call re-arms the cooldown for others. */
  tryAcquire(provider: string): boolean {
    const entry = this.entry(provider);
    const now = this.now();
    if (now < entry.openUntil) return false;
    if (entry.failures >= this.options.failureThreshold) entry.openUntil = now + this.options.cooldownMs;
    return true;
  }

  recordSuccess(provider: string): void {
    const entry = this.entry(provider);
    entry.failures = 0;
    entry.openUntil = 0;
  }

  /**
   * A failed call. `cooldownMs` opens the circuit at once for that long (a Retry-After beyond the cap).
   * Failures that say nothing about the provider's health (a request it refused, an answer that did not
   * validate) are noted for the status view but do not count toward the cooldown.
   */
  recordFailure(provider: string, errorClass: ErrorClass, options: { cooldownMs?: number } = {}): void {
    const entry = this.entry(provider);
    const now = this.now();
    entry.lastErrorClass = errorClass;
    entry.lastErrorAt = now;
    if (!HEALTH_FAILURES.has(errorClass)) return;
    entry.failures += 1;
    if (entry.failures >= this.options.failureThreshold) entry.openUntil = now + this.options.cooldownMs;
    if (options.cooldownMs) entry.openUntil = Math.max(entry.openUntil, now + options.cooldownMs);
  }

  state(provider: string): BreakerState {
    const entry = this.entry(provider);
    return {
      consecutiveFailures: entry.failures,
      lastErrorClass: entry.lastErrorClass,
      lastErrorAt: entry.lastErrorAt === null ? null : new Date(entry.lastErrorAt),
      cooldownRemainingMs: Math.max(0, entry.openUntil - this.now()),
    };
  }
}
