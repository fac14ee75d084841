// Statistics of the benchmark: nearest-rank percentiles and medians of runs.

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples, p) {
  if (!samples.length) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

export const median = (values) => percentile(values, 50)

export function summarize(samples) {
  return { n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), mean: samples.reduce((s, x) => s + x, 0) / samples.length }
}

/** Runs alternate which side goes first, so neither always meets a warmer cache. */
export function interleaved(i, names) {
  return i % 2 ? [...names].reverse() : names
}
