/**
 * Text passes over feed content against their linear bound: plainText (every
 * abstract) and splitLinks (every abstract shown) on adversarial texts of 100k
 * and 1M characters (tests/core/hostile/adversarial-text.ts) and on ordinary
 * abstract text. A pass is linear when its time per character stays flat: the
 * goal is at most 1 µs per character on the worst input, and the 1M input
 * taking at most 12× the 100k one (10× is exactly linear, a quadratic pass
 * takes 100×). Times are the process's CPU time (see cpuTime): the value is
 * the median of the runs, the growth compares the least of each size's runs.
 */
import { plainText } from '../core/feeds/plain-text';
import { splitLinks } from '../core/text/split-links';
import { ADVERSARIAL_TEXTS, ordinaryText } from '../tests/core/hostile/adversarial-text';
import { gc, median, round, type Figure } from './stats';
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

/**
 * Median CPU time of the process over the runs, in ms. CPU time rather than wall time: on a shared
 * machine a 1 ms run fits between preemptions and a 100 ms run never does, so wall time makes a
 * linear pass look steeper the longer its input.
 */
interface CpuTime {
  median: number;
  least: number;
}

function cpuTime(pass: Pass, text: string, runs: number, repeat: number): CpuTime {
  pass.run(text);
  const times = Array.from({ length: runs }, () => {
    gc();
    const before = process.cpuUsage();
    for (let i = 0; i < repeat; i++) pass.run(text);
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000 / repeat;
  });
  return { median: median(times), least: Math.min(...times) };
}

interface Reading {
  input: string;
  usPerChar: number;
  growth: number;
}

function reading(pass: Pass, input: string, build: (length: number) => string, runs: number): Reading {
  // Each 100k sample runs the pass 10 times, so that both sizes are timed over as many characters:
  // a single sub-millisecond run is below what CPU time resolves against the GC's own threads.
  // Growth from the least CPU time of the runs: what is left over is the pass's own work, without
  // the garbage collector's threads and cache interference that come and go between runs.
  const small = cpuTime(pass, build(SMALL), runs, LARGE / SMALL);
  const large = cpuTime(pass, build(LARGE), runs, 1);
  return { input, usPerChar: (large.median * 1000) / LARGE, growth: large.least / Math.max(small.least, 0.001) };
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
      unit: 'µs/char CPU',
      reference: round(ordinary.usPerChar, 4),
      ratio: round(slowest.usPerChar / ordinary.usPerChar),
      goal: `≤ ${MAX_US_PER_CHAR} µs/char, 1M ≤ ${MAX_GROWTH}× 100k`,
      met: slowest.usPerChar <= MAX_US_PER_CHAR && steepest.growth <= MAX_GROWTH,
      note: `slowest: ${slowest.input}; steepest 100k → 1M: ${steepest.input}, ${round(steepest.growth, 1)}×; reference: ordinary abstract text; ${ADVERSARIAL_TEXTS.length} adversarial inputs`,
    };
  });
}
