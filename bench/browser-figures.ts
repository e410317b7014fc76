/**
 * The figures measured in Chromium: the web edition's first paint of sessions,
 * bookmark-toggle latency and JS heap, and the peer's first paint beside ours.
 *
 * Method (the same for our page and the peer's): an init script, installed
 * before any page script runs, watches the DOM with a MutationObserver; when
 * the first session row is in the document it asks for an animation frame and,
 * from inside that frame, posts a MessageChannel message, which runs once the
 * frame has been painted. performance.now() there, against the navigation's
 * timeOrigin, is "navigation to first paint of sessions".
 *
 * Warm start: each run gets a fresh browser context whose localStorage is
 * seeded (on a same-origin page, before the measured navigation) with the
 * settings {feedUrl}, and its IndexedDB with the feed cache {url, body,
 * fetchedAt}: the state the app leaves after a successful refresh. So the
 * figure covers loading the bundle (no HTTP or code cache: a fresh context),
 * reading and parsing the cached feed and rendering, without network.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { PEER_ROW_SELECTOR, PEER_STORAGE_KEY } from './peer';
import { median, round, type Figure } from './stats';

/** Rows of the benchmark feed only (its ids start with BX), not of the bundled programme. */
const OUR_ROW_SELECTOR = '.session-row[data-session-id^="BX"]';
const VIEWPORT = { width: 1280, height: 900 };

/**
 * With `submitFeed`, the probe also plays the attendee of a cold start: as soon
 * as Settings shows "Use this feed" (the address is already in the field, from
 * the stored settings) it clicks it and goes to the programme, all in the page
 * with no round trip to the driver.
 */
const firstPaintProbe = (selector: string, submitFeed = false): string => `(() => {
  const mark = { row: null, paint: null, submitted: null };
  Object.defineProperty(window, '__bench', { value: mark });
  const found = () => {
    if (${submitFeed} && mark.submitted === null) {
      const button = [...document.querySelectorAll('form button[type=submit]')].find((b) => b.textContent.includes('Use this feed'));
      if (button && !button.disabled) {
        mark.submitted = performance.now();
        button.click();
        location.hash = '#/';
      }
      return;
    }
    if (mark.row !== null || !document.querySelector(${JSON.stringify(selector)})) return;
    mark.row = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { mark.paint = performance.now(); };
      channel.port2.postMessage(0);
    });
  };
  const observer = new MutationObserver(found);
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** Click the first session's bookmark button; resolve with ms from the click to the paint after aria-pressed flips. */
const toggleProbe = `new Promise((resolve, reject) => {
  const row = document.querySelector(${JSON.stringify(OUR_ROW_SELECTOR)});
  if (!row) return reject(new Error('no session row'));
  const id = row.getAttribute('data-session-id');
  const selector = '.session-row[data-session-id="' + CSS.escape(id) + '"] .bookmark-button';
  const before = row.querySelector('.bookmark-button').getAttribute('aria-pressed');
  const timeout = setTimeout(() => reject(new Error('aria-pressed did not flip')), 10000);
  const observer = new MutationObserver(() => {
    const button = document.querySelector(selector);
    if (!button || button.getAttribute('aria-pressed') === before) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { clearTimeout(timeout); resolve(performance.now() - start); };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { attributes: true, attributeFilter: ['aria-pressed'], childList: true, subtree: true });
  const start = performance.now();
  row.querySelector('.bookmark-button').click();
})`;

interface Mark {
  row: number | null;
  paint: number | null;
}

async function waitForPaint(page: Page, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mark = await page.evaluate<Mark | undefined>('window.__bench');
    if (mark?.paint !== null && mark?.paint !== undefined) return mark.paint;
    if (Date.now() > deadline) throw new Error('no session row was painted');
    await page.waitForTimeout(25);
  }
}

/** localStorage on the origin, set from a page there before the measured navigation. */
async function seed(context: BrowserContext, origin: string, entries: Record<string, string>): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${origin}/bench-blank`);
  // The values travel as one argument; a 5 MB feed fits Chromium's 10 MB (UTF-16) localStorage quota.
  const failure = await page.evaluate((pairs) => {
    // Typed here without the DOM library: this function runs in the page.
    const storage = (globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }).localStorage;
    try {
      for (const [key, value] of Object.entries(pairs)) storage.setItem(key, value);
      return null;
    } catch (error) {
      return String(error);
    }
  }, entries);
  if (failure !== null) throw new Error(`localStorage refused the seed: ${failure}`);
  await page.close();
}

/**
 * The web edition's feed cache (web/adapters/indexed-db-cache.ts): IndexedDB database
 * "go-local-companion", object store "cache", key "feed". Written from a page on the origin.
 */
async function seedCache(context: BrowserContext, origin: string, value: { url: string; body: string; fetchedAt: string }): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${origin}/bench-blank`);
  // Page code as text: bench/ is compiled without the DOM library.
  const failure = await page.evaluate<string | null>(`new Promise((resolve) => {
    const request = indexedDB.open('go-local-companion', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('cache');
    request.onerror = () => resolve(String(request.error));
    request.onsuccess = () => {
      const tx = request.result.transaction('cache', 'readwrite');
      tx.objectStore('cache').put(${JSON.stringify(value)}, 'feed');
      tx.oncomplete = () => resolve(null);
      tx.onerror = () => resolve(String(tx.error));
    };
  })`);
  await page.close();
  if (failure !== null) throw new Error(`IndexedDB refused the seed: ${failure}`);
}

export interface RunResult {
  firstPaint: number;
  /** The same page reloaded once loaded: the renderer process and its compiled code are warm. */
  reloadPaint?: number;
  /** The page's own start-up marks (glc:*), ms from navigation. */
  marks?: Record<string, number>;
  toggles?: number[];
  heapBytes?: number;
}

/** Does the feed cache entry for this body fit the web edition's cache (IndexedDB)? */
export async function cacheFits(browser: Browser, origin: string, body: string): Promise<boolean> {
  const context = await browser.newContext();
  try {
    await seedCache(context, origin, { url: `${origin}/feed.json`, body, fetchedAt: new Date().toISOString() });
    return true;
  } catch {
    return false;
  } finally {
    await context.close();
  }
}

/**
 * warm: settings and feed cache seeded, navigation to the programme.
 * cold: settings seeded (the feed address), no cache; navigation to Settings,
 * "Use this feed", and the programme: fetch, parse and render, all timed from navigation.
 */
async function runOurs(browser: Browser, origin: string, feedName: string, body: string, start: 'warm' | 'cold', extras: boolean): Promise<RunResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, timezoneId: 'Europe/Vienna', locale: 'en-GB' });
  try {
    const url = `${origin}/bench-feeds/${feedName}`;
    const settings = JSON.stringify({ feedUrl: url, displayZone: 'Europe/Vienna', refreshMinutes: 0 });
    await seed(context, origin, { 'glc:settings': settings });
    if (start === 'warm') await seedCache(context, origin, { url, body, fetchedAt: new Date().toISOString() });
    const page = await context.newPage();
    await page.addInitScript(firstPaintProbe(OUR_ROW_SELECTOR, start === 'cold'));
    await page.goto(start === 'warm' ? `${origin}/` : `${origin}/#/settings`);
    const firstPaint = await waitForPaint(page);
    const marks = await page.evaluate<Record<string, number>>(
      `Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('glc:')).map((m) => [m.name, m.startTime]))`,
    );
    if (!extras) return { firstPaint, marks };
    await page.waitForTimeout(500);
    const toggles: number[] = [];
    for (let i = 0; i < 6; i++) {
      toggles.push(await page.evaluate<number>(toggleProbe));
      await page.waitForTimeout(150);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    await page.reload();
    const reloadPaint = await waitForPaint(page);
    return { firstPaint, marks, toggles, heapBytes: heap.usedSize, reloadPaint };
  } finally {
    await context.close();
  }
}

async function runPeer(browser: Browser, origin: string, body: string): Promise<RunResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, timezoneId: 'Europe/Vienna', locale: 'en-GB' });
  try {
    await seed(context, origin, { [PEER_STORAGE_KEY]: body });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(firstPaintProbe(PEER_ROW_SELECTOR));
    await page.goto(`${origin}/peer/`);
    const firstPaint = await waitForPaint(page, 60_000).catch((error: Error) => {
      throw new Error(`${error.message}${errors.length ? `: ${errors.join('; ')}` : ''}`);
    });
    return { firstPaint };
  } finally {
    await context.close();
  }
}

export interface BrowserPlan {
  origin: string;
  runs: number;
  /** pretalx widget JSON of the 1k and 10k programmes (served at /bench-feeds/<name>). */
  small: { name: string; body: string; count: number };
  large: { name: string; body: string; count: number };
  peer: boolean;
  log: (line: string) => void;
}

/** "glc:platform 120 ms, glc:cache-read 450 ms, …": each mark's median over the runs, in time order. */
function markSummary(runs: readonly Record<string, number>[]): string {
  const names = [...new Set(runs.flatMap((marks) => Object.keys(marks)))];
  const medians = names.map((name) => [name, median(runs.flatMap((marks) => (marks[name] === undefined ? [] : [marks[name]])))] as const);
  return medians
    .sort((a, b) => a[1] - b[1])
    .map(([name, at]) => `${name} ${Math.round(at)} ms`)
    .join(', ');
}

export async function browserFigures(browser: Browser, plan: BrowserPlan): Promise<Figure[]> {
  const ours1: number[] = [];
  const peer1: number[] = [];
  const ours10: number[] = [];
  const toggles: number[] = [];
  const heaps: number[] = [];
  const marks10: Record<string, number>[] = [];
  const reloads10: number[] = [];
  // One untimed round first (disk cache of the browser binary, JIT of the server), then interleaved runs.
  const largeStart = (await cacheFits(browser, plan.origin, plan.large.body)) ? 'warm' : 'cold';
  await runOurs(browser, plan.origin, plan.small.name, plan.small.body, 'warm', false);
  if (plan.peer) await runPeer(browser, plan.origin, plan.small.body);
  for (let run = 0; run < plan.runs; run++) {
    const steps: (() => Promise<void>)[] = [
      async () => void ours1.push((await runOurs(browser, plan.origin, plan.small.name, plan.small.body, 'warm', false)).firstPaint),
      async () => {
        if (plan.peer) peer1.push((await runPeer(browser, plan.origin, plan.small.body)).firstPaint);
      },
      async () => {
        const result = await runOurs(browser, plan.origin, plan.large.name, plan.large.body, largeStart, true);
        ours10.push(result.firstPaint);
        if (result.marks) marks10.push(result.marks);
        if (result.reloadPaint !== undefined) reloads10.push(result.reloadPaint);
        toggles.push(...(result.toggles ?? []));
        if (result.heapBytes !== undefined) heaps.push(result.heapBytes);
      },
    ];
    if (run % 2 === 1) steps.reverse();
    for (const step of steps) await step();
    plan.log(`  browser run ${run + 1}/${plan.runs}: ours ${plan.small.count} ${ours1.at(-1)?.toFixed(0)} ms, peer ${peer1.at(-1)?.toFixed(0) ?? '-'} ms, ours ${plan.large.count} ${ours10.at(-1)?.toFixed(0)} ms`);
  }
  const figures: Figure[] = [];
  const cacheChars = JSON.stringify({ url: `${plan.origin}/bench-feeds/${plan.large.name}`, body: plan.large.body, fetchedAt: new Date().toISOString() }).length;
  figures.push({
    name: `web feed cache entry ${plan.large.count}`,
    value: round((cacheChars * 2) / 1024 / 1024, 1),
    unit: 'MB UTF-16',
    goal: 'fits the web edition\'s feed cache (IndexedDB)',
    met: largeStart === 'warm',
    note: largeStart === 'warm' ? 'warm start measured' : 'IndexedDB refused the entry: no offline copy, no warm start',
  });
  const paint10 = median(ours10);
  figures.push({
    name: `web first paint ${plan.large.count} (${largeStart} start)`,
    value: round(paint10, 1),
    unit: 'ms',
    goal: '≤ 800 ms at 10k',
    met: paint10 <= 800,
    note:
      largeStart === 'warm'
        ? `warm start from the feed cache; navigation to the paint after the first .session-row; medians of the page's marks: ${markSummary(marks10)}`
        : 'the cache cannot hold the feed, so: navigation to Settings, "Use this feed" clicked in the page at once, fetch + parse + render, paint after the first row of the feed',
  });
  figures.push({
    name: `web first paint ${plan.large.count} (reload)`,
    value: round(median(reloads10), 1),
    unit: 'ms',
    note: 'the same tab reloaded once the programme is shown: what the fresh-context figure spends on a cold renderer (compiling, JIT warm-up, heap growth) is mostly gone',
  });
  const toggle = median(toggles);
  figures.push({
    name: `web bookmark toggle ${plan.large.count}`,
    value: round(toggle, 1),
    unit: 'ms',
    goal: '≤ 50 ms at 10k',
    met: toggle <= 50,
    note: `click → aria-pressed flips → next paint; median of ${toggles.length} toggles`,
  });
  figures.push({
    name: `web JS heap ${plan.large.count}`,
    value: round(median(heaps) / 1024 / 1024, 1),
    unit: 'MB',
    note: 'CDP Runtime.getHeapUsage usedSize after a forced GC, once loaded and toggled',
  });
  const paint1 = median(ours1);
  if (plan.peer) {
    const peer = median(peer1);
    const ratios = ours1.map((ours, i) => ours / (peer1[i] as number));
    const ratio = median(ratios);
    figures.push({
      name: `web first paint ${plan.small.count} (warm start) vs @pretalx/schedule`,
      value: round(paint1, 1),
      unit: 'ms',
      reference: round(peer, 1),
      ratio: round(ratio),
      goal: 'ours faster than the peer',
      met: ratio < 1,
      note: 'same pretalx JSON, both read from localStorage; peer: LinearSchedule, first .c-linear-schedule-session painted',
    });
  } else {
    figures.push({ name: `web first paint ${plan.small.count}`, value: round(paint1, 1), unit: 'ms', note: 'peer not measured' });
  }
  return figures;
}
