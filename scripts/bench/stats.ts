// Timing helpers of the bench: warm-up, then N interleaved runs, p50/p95.

export interface Timing {
  p50: number;
  p95: number;
  samples: number[];
}

/** The q-quantile (0–1) of the samples, by the nearest-rank method. */
export function quantile(samples: readonly number[], q: number): number {
  if (!samples.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

export function timingOf(samples: number[]): Timing {
  return { p50: quantile(samples, 0.5), p95: quantile(samples, 0.95), samples };
}

/**
 * Times two functions against each other: `warmup` runs of each, then `runs` rounds that
 * call them one after the other (alternating which goes first), so that load from other
 * processes on the machine falls on both alike.
 */
export async function timePair(
  subject: () => Promise<unknown>,
  floor: () => Promise<unknown>,
  { warmup, runs }: { warmup: number; runs: number },
): Promise<{ subject: Timing; floor: Timing }> {
  for (let i = 0; i < warmup; i++) {
    await subject();
    await floor();
  }
  const a: number[] = [];
  const b: number[] = [];
  const time = async (fn: () => Promise<unknown>, into: number[]) => {
    const started = performance.now();
    await fn();
    into.push(performance.now() - started);
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      await time(subject, a);
      await time(floor, b);
    } else {
      await time(floor, b);
      await time(subject, a);
    }
  }
  return { subject: timingOf(a), floor: timingOf(b) };
}

export function ms(value: number): string {
  return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
}

export function seconds(valueMs: number): string {
  return `${(valueMs / 1000).toFixed(1)} s`;
}
