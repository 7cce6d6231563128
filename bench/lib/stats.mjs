// Medians and ratios, and how they read in RESULTS.md.
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const seconds = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);
export const megabytes = (kb) => (kb === undefined ? 'n/a' : `${Math.round(kb / 1024)} MB`);
export const ratio = (value) => (value >= 100 ? `${Math.round(value)}×` : value >= 10 ? `${value.toFixed(1)}×` : `${value.toFixed(2)}×`);
