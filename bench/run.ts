/**
 * npm run bench [-- --out file.json] [--runs N] [--no-browser] [--no-peer]
 *
 * Prints a table of figures and writes a JSON report (default bench/results.json).
 * Every timing is a median; each figure with a reference is measured in the
 * same runs as its reference, interleaved. See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { generateProgramme, writeFormat } from './generate';
import { icsFigure, parseFigures, searchFigures, timelineFigure } from './node-figures';
import { browserFigures } from './browser-figures';
import { storeFigures } from './store-figures';
import { textFigures } from './text-figures';
import { buildPeer } from './peer';
import { startServer } from './server';
import type { Figure } from './stats';

const repo = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = resolve(option('--out') ?? join(repo, 'bench/results.json'));
const runs = Number(option('--runs') ?? 7);
const withBrowser = !args.includes('--no-browser');
const withPeer = withBrowser && !args.includes('--no-peer');
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const log = (line: string): void => console.error(line);

function ensureBuilt(): void {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  if (!existsSync(join(repo, 'out/renderer/index.html'))) {
    log('building the app (out/)…');
    execFileSync(npx, ['electron-vite', 'build'], { cwd: repo, stdio: 'inherit' });
  }
  if (!existsSync(join(repo, 'out/web/index.html'))) {
    log('building the web edition (out/web)…');
    execFileSync(npx, ['vite', 'build', '--config', 'vite.web.config.ts'], { cwd: repo, stdio: 'inherit' });
  }
}

/** gzip (zlib level 9) of the JS and CSS a page loads, summed over files. */
function bundleFigure(name: string, dir: string): Figure {
  const files = readdirSync(dir).filter((f) => /\.(js|css)$/.test(f));
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  const kb = bytes / 1024;
  return { name, value: Number(kb.toFixed(1)), unit: 'KB gzip', goal: '≤ 250 KB gzip', met: kb <= 250, note: `${files.length} files in ${dir.slice(repo.length + 1)}` };
}

function table(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${f.value} ${f.unit}`,
    f.reference === undefined ? '' : `${f.reference} ${f.unit}`,
    f.ratio === undefined ? '' : `${f.ratio}×`,
    f.goal ?? '',
    f.met === undefined ? '' : f.met ? 'met' : 'MISSED',
  ]);
  const head = ['figure', 'value', 'reference', 'ratio', 'goal', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

ensureBuilt();
const startLoad = loadavg()[0];
const figures: Figure[] = [];
const nodeOptions = { runs, log };

log('parse and normalize…');
figures.push(...parseFigures(repo, [1000, 10_000], nodeOptions));
log('search…');
figures.push(...searchFigures(10_000, nodeOptions));
log('ics export…');
figures.push(icsFigure(1000, nodeOptions));
log('text passes on adversarial input…');
figures.push(...textFigures(nodeOptions));
log('saving with a large feed cached…');
figures.push(...(await storeFigures(10_000, nodeOptions)));
log('timeline layout…');
figures.push(timelineFigure(10_000, 30, nodeOptions));
figures.push(bundleFigure('bundle web edition', join(repo, 'out/web/assets')));
figures.push(bundleFigure('bundle app renderer', join(repo, 'out/renderer/assets')));

let chromiumVersion: string | null = null;
let peerNote: string | null = null;
if (withBrowser) {
  const peer = withPeer ? await buildPeer(repo) : ({ ok: false, reason: 'left out (--no-peer)' } as const);
  if (!peer.ok) {
    peerNote = `peer not measured: ${peer.reason}`;
    log(peerNote);
  } else {
    peerNote = `@pretalx/schedule ${peer.version}`;
  }
  const server = await startServer(join(repo, 'out/web'), peer.ok ? peer.root : null);
  const browser = await chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    chromiumVersion = browser.version();
    const small = { name: 'pretalx-1000.json', body: writeFormat(generateProgramme(1000), 'pretalx'), count: 1000 };
    const large = { name: 'pretalx-10000.json', body: writeFormat(generateProgramme(10_000), 'pretalx'), count: 10_000 };
    server.feeds.set(small.name, small.body);
    server.feeds.set(large.name, large.body);
    log('web edition in Chromium…');
    figures.push(...(await browserFigures(browser, { origin: server.origin, runs: Math.max(3, Math.ceil(runs / 2)), small, large, peer: peer.ok, log })));
  } finally {
    await browser.close();
    await server.close();
    if (peer.ok) rmSync(dirname(peer.root), { recursive: true, force: true });
  }
}

const cpu = cpus();
const report = {
  createdAt: new Date().toISOString(),
  machine: {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGB: Number((totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    chromium: chromiumVersion,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: { start: Number(startLoad?.toFixed(2)), end: Number(loadavg()[0]?.toFixed(2)) },
  },
  runs,
  peer: peerNote,
  figures,
};
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(table(figures));
console.log(
  `\n${report.machine.cpu}, ${report.machine.cores} cores, Node ${report.machine.node}, Chromium ${chromiumVersion ?? '-'}; load ${report.machine.loadAverage.start} → ${report.machine.loadAverage.end}`,
);
if (peerNote) console.log(peerNote);
console.log(`report: ${out}`);
