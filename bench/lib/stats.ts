/** Median and spread of repeated measurements, as every bench module reports them. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

export const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

/** "median 3.1 ms (p10 2.8, p90 4.0, n 30)" */
export function spread(xs: number[], unit = 'ms'): string {
  return `median ${round(median(xs))} ${unit} (p10 ${round(quantile(xs, 0.1))}, p90 ${round(quantile(xs, 0.9))}, n ${xs.length})`;
}
