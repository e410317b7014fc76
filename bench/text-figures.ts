/**
 * Text passes over feed content against their linear bound: plainText (every
 * abstract) and splitLinks (every abstract shown) on adversarial texts of 100k
 * and 1M characters (tests/core/hostile/adversarial-text.ts) and on ordinary
 * abstract text. A pass is linear when its time per character stays flat: the
 * goal is at most 1 µs per character on the worst input (median of the runs),
 * and the 1M input taking at most 12× the 100k one (fastest runs; 10× is exactly
 * linear, a quadratic pass takes 100×).
 */
import { plainText } from '../core/feeds/plain-text';
import { splitLinks } from '../core/text/split-links';
import { ADVERSARIAL_TEXTS, ordinaryText } from '../tests/core/hostile/adversarial-text';
import { median, round, timeOnce, type Figure } from './stats';
import type { NodeOptions } from './node-figures';

const SMALL = 100_000;
const LARGE = 1_000_000;
const MAX_US_PER_CHAR = 1;
const MAX_GROWTH = 12;

interface Pass {
  name: string;
  run: (text: string) => unknown;
}

const PASSES: readonly Pass[] = [
  { name: 'plainText', run: plainText },
  { name: 'splitLinks', run: splitLinks },
];

interface Timing {
  median: number;
  fastest: number;
}

function timing(pass: Pass, text: string, runs: number): Timing {
  pass.run(text);
  const times = Array.from({ length: runs }, () => timeOnce(() => pass.run(text)));
  return { median: median(times), fastest: Math.min(...times) };
}

interface Reading {
  input: string;
  usPerChar: number;
  growth: number;
}

function reading(pass: Pass, input: string, build: (length: number) => string, runs: number): Reading {
  const small = timing(pass, build(SMALL), runs);
  const large = timing(pass, build(LARGE), runs);
  // Growth from the fastest runs: a busy machine only ever adds time, and a sub-millisecond 100k run
  // is easily doubled by one interruption. A floor of a microsecond keeps a pass too fast to time
  // at 100k from reading as steep growth.
  return { input, usPerChar: (large.median * 1000) / LARGE, growth: large.fastest / Math.max(small.fastest, 0.001) };
}

export function textFigures(opts: NodeOptions): Figure[] {
  return PASSES.map((pass) => {
    const ordinary = reading(pass, 'ordinary abstract text', ordinaryText, opts.runs);
    const adversarial = ADVERSARIAL_TEXTS.map((text) => reading(pass, text.name, text.build, opts.runs));
    const slowest = adversarial.reduce((worst, r) => (r.usPerChar > worst.usPerChar ? r : worst));
    const steepest = adversarial.reduce((worst, r) => (r.growth > worst.growth ? r : worst));
    opts.log(`  ${pass.name}: ${adversarial.map((r) => `${r.input} ${round(r.usPerChar, 4)} µs/char ×${round(r.growth, 1)}`).join('; ')}`);
    return {
      name: `text ${pass.name} worst adversarial 1M`,
      value: round(slowest.usPerChar, 4),
      unit: 'µs/char',
      reference: round(ordinary.usPerChar, 4),
      ratio: round(slowest.usPerChar / ordinary.usPerChar),
      goal: `≤ ${MAX_US_PER_CHAR} µs/char, 1M ≤ ${MAX_GROWTH}× 100k`,
      met: slowest.usPerChar <= MAX_US_PER_CHAR && steepest.growth <= MAX_GROWTH,
      note: `slowest: ${slowest.input}; steepest 100k → 1M: ${steepest.input}, ${round(steepest.growth, 1)}×; reference: ordinary abstract text; ${ADVERSARIAL_TEXTS.length} adversarial inputs`,
    };
  });
}
