import { setImmediate as nextTurn } from "node:timers/promises";

// A loop of CPU work over a batch (reading 500 résumés) must not hold the thread for seconds: other
// requests' I/O (a transaction waiting to start, a health check) would time out meanwhile.

/** A function a loop awaits once per item: it gives the thread back after each `sliceMs` of work. */
export function threadYielder(sliceMs = 10): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await nextTurn();
    sliceStart = performance.now();
  };
}
