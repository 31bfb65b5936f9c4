import { Worker } from "node:worker_threads";

// Samples the process's resident memory from a worker thread every few milliseconds, so the peak is seen
// even while the main thread is busy parsing a large body.

const SAMPLER = `
const { parentPort } = require("node:worker_threads");
let peak = 0;
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 5);
parentPort.on("message", () => { clearInterval(timer); parentPort.postMessage(peak); });
`;

export function samplePeakRss(): { stop(): Promise<number> } {
  const worker = new Worker(SAMPLER, { eval: true });
  return {
    stop: () =>
      new Promise<number>((resolve) => {
        worker.once("message", (peak: number) => void worker.terminate().then(() => resolve(peak)));
        worker.postMessage("stop");
      }),
  };
}
