// Percentiles of a benchmark's few samples (20 jobs, a few turns), as the benchmarks report them: p50 the
// lower middle, p95 rounded up (over 20 samples, the slowest).

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

export const p50 = (values: readonly number[]) => sorted(values)[Math.floor((values.length - 1) * 0.5)]!;
export const p95 = (values: readonly number[]) => sorted(values)[Math.ceil((values.length - 1) * 0.95)]!;
