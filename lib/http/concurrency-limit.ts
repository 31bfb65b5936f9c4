import "server-only";
import { env } from "@/lib/env";
import { TooManyRequests } from "@/lib/errors";

// Work that holds a lot of memory for a long time (a batch of up to 500 payloads, 24 MiB) runs a few at a
// time per process: at most `perCaller` for one caller and `total` for all. A request beyond either is
// refused at once with 429 and a Retry-After, before its body is read, so waiting costs no memory.

export interface ConcurrencyLimitOptions {
  perCaller: number;
  total: number;
  /** What the refusal says the work is, e.g. "batch scoring". */
  label: string;
}

/** Seconds a refused caller is told to wait when no run has finished yet to estimate from. */
const DEFAULT_RETRY_AFTER_SECONDS = 5;

export class ConcurrencyLimit {
  private running = 0;
  private readonly byCaller = new Map<string, number>();
  /** Smoothed duration of finished runs, for the Retry-After estimate. */
  private averageMs: number | null = null;

  constructor(private readonly options: ConcurrencyLimitOptions) {}

  /** Admits one run for `caller`, or throws 429. Call the returned function once the run has finished. */
  acquire(caller: string): () => void {
    const mine = this.byCaller.get(caller) ?? 0;
    if (mine >= this.options.perCaller) {
      throw this.refusal(`You already have ${mine} ${this.options.label} request(s) running; wait for it to finish.`);
    }
    if (this.running >= this.options.total) {
      throw this.refusal(`The server is running as much ${this.options.label} as it takes; try again shortly.`);
    }
    this.running += 1;
    this.byCaller.set(caller, mine + 1);
    const started = performance.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      const left = (this.byCaller.get(caller) ?? 1) - 1;
      if (left === 0) this.byCaller.delete(caller);
      else this.byCaller.set(caller, left);
      const took = performance.now() - started;
      this.averageMs = this.averageMs === null ? took : this.averageMs * 0.7 + took * 0.3;
    };
  }

  private refusal(detail: string): TooManyRequests {
    const seconds = this.averageMs === null ? DEFAULT_RETRY_AFTER_SECONDS : Math.ceil(this.averageMs / 1000);
    return new TooManyRequests(detail, Math.max(1, seconds));
  }
}

const holder = globalThis as typeof globalThis & {
  __shortlistBatchLimits?: Map<string, { key: string; limit: ConcurrencyLimit }>;
};

/**
 * This process's limit on one kind of batch work, from BATCH_MAX_CONCURRENT_PER_CALLER and
 * BATCH_MAX_CONCURRENT. Each kind has its own, so an integration syncing candidates can score meanwhile.
 */
function batchLimit(label: string): ConcurrencyLimit {
  const { BATCH_MAX_CONCURRENT_PER_CALLER: perCaller, BATCH_MAX_CONCURRENT: total } = env();
  const key = `${perCaller}/${total}`;
  const limits = (holder.__shortlistBatchLimits ??= new Map());
  if (limits.get(label)?.key !== key)
    limits.set(label, { key, limit: new ConcurrencyLimit({ perCaller, total, label }) });
  return limits.get(label)!.limit;
}

export const batchScoringLimit = () => batchLimit("batch scoring");
export const batchSyncLimit = () => batchLimit("batch sync");
