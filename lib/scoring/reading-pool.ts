import "server-only";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { onShutdown } from "@/lib/shutdown";
import { threadYielder } from "@/lib/util/yield-thread";
import { runsTypeScriptSource, typeScriptWorker, workerPool, type WorkerPool } from "@/lib/util/worker-pool";
import { readResumeInFull, type ResumeInFull } from "./read-in-full";

// Reading a résumé costs about a millisecond of CPU or more; a sync batch of 500 held the request's thread
// for seconds and ran at what one core reads. Batches are read on a few worker threads instead, one per
// core at most. A worker builds its own skill and occupation indexes when it starts (about a second), so
// it stays a minute after its last task; a single résumé is read inline rather than wait for one.

const IDLE_MS = 60_000;

type Pool = WorkerPool<string | undefined, ResumeInFull>;

// On globalThis: one pool per process, however the modules that use it are bundled.
const holder = globalThis as typeof globalThis & { __shortlistReadingPool?: Pool };

function readingPool(): Pool {
  return (holder.__shortlistReadingPool ??= createPool());
}

function createPool(): Pool {
  const pool = workerPool<string | undefined, ResumeInFull>({
    size: Math.min(availableParallelism(), env().READING_WORKERS),
    inline: readResumeInFull,
    idleMs: IDLE_MS,
    start: () =>
      runsTypeScriptSource()
        ? typeScriptWorker(new URL("./reading-worker.ts", import.meta.url))
        : new Worker(new URL("./reading-worker.ts", import.meta.url)),
    onUnavailable: (error) =>
      log.warn("Reading worker threads could not start; résumés are read on the request thread", {
        error: error instanceof Error ? error.message : String(error),
      }),
  });
  onShutdown("reading-workers", () => pool.close());
  return pool;
}

/** How many reading worker threads are running now. */
export function readingWorkers(): number {
  return holder.__shortlistReadingPool?.workers() ?? 0;
}

/** Reads résumés in full, in order: several on worker threads, one inline (giving the thread back now and then). */
export async function readResumesInFull(resumeTexts: readonly (string | undefined)[]): Promise<ResumeInFull[]> {
  const withText = resumeTexts.filter((text) => text?.trim()).length;
  const read = withText > 1 ? readingPool().run : (text: string | undefined) => Promise.resolve(readResumeInFull(text));
  const yieldThread = threadYielder();
  const readings: Promise<ResumeInFull>[] = [];
  for (const text of resumeTexts) {
    // Inline reading (no workers) holds the thread: other requests' I/O gets it back every few ms.
    await yieldThread();
    const reading = read(text);
    // Awaited below with the others; until then a failed reading must not count as unhandled.
    reading.catch(() => {});
    readings.push(reading);
  }
  return Promise.all(readings);
}
