/** Timing helpers and the report's figure shape. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The reference's figure, measured in the same runs, interleaved. */
  reference?: number;
  /** value / reference (the median of the per-run ratios). */
  ratio?: number;
  /** The bound, in words. */
  goal?: string;
  met?: boolean;
  /** How it was measured, when the name does not say it. */
  note?: string;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

// A full collection before each timed call keeps one run's garbage out of the next one's time.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (() => void) | undefined;
export const gc = (): void => collect?.();

export function timeOnce(fn: () => unknown): number {
  gc();
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export interface PairResult {
  subject: number[];
  reference: number[];
  ratios: number[];
}

/** Untimed rounds before a pair is measured: at least this many, and for at least this long. */
const WARMUP_ROUNDS = 3;
const WARMUP_MS = 500;

/**
 * Subject and reference side by side: after warm-up rounds, each run times
 * both, alternating which goes first, so drift and noise on a shared machine
 * fall on both alike. Ratios are taken per run, then their median.
 *
 * The warm-up lets V8 optimize our JavaScript before it is compared with a
 * native parser, which needs none: otherwise a small programme's figure
 * measures the JIT's start rather than the work. (The cold, once-per-start
 * parse in the browser is inside the first-paint figure.)
 */
export function timePair(subject: () => unknown, reference: () => unknown, runs: number): PairResult {
  const warmupStart = performance.now();
  for (let i = 0; i < WARMUP_ROUNDS || performance.now() - warmupStart < WARMUP_MS; i++) {
    subject();
    reference();
  }
  const result: PairResult = { subject: [], reference: [], ratios: [] };
  for (let run = 0; run < runs; run++) {
    let s: number;
    let r: number;
    if (run % 2 === 0) {
      s = timeOnce(subject);
      r = timeOnce(reference);
    } else {
      r = timeOnce(reference);
      s = timeOnce(subject);
    }
    result.subject.push(s);
    result.reference.push(r);
    result.ratios.push(s / r);
  }
  return result;
}
