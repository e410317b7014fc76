/**
 * A hostile feed, served from 127.0.0.1, with XSS payloads in every text field
 * and script-bearing URLs in every link field. Through the programme, search,
 * a session's details, My schedule and What changed, no injected script runs
 * (a window.__pwned trap, dialogs, CSP violation reports), no foreign element
 * or event-handler attribute appears, and the only links are our own routes or
 * http(s)/mailto links that open outside through openLink.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startFeedServer, useFeedInSettings } from './feed-server';
import { WRITERS, plainSession } from '../../core/hostile/feed-builders';
import type { FeedSessionText } from '../../core/hostile/feed-builders';
import { HOSTILE_URLS, XSS_PAYLOADS } from '../../core/hostile/payloads';
import type { FeedFormat } from '../../../core/feeds/types';

test.use({ timezoneId: 'Europe/Vienna' });

const DAY = '2024-02-05';
const SAFE_TAIL = 'Read more at https://example.org/more or write to mailto:info@example.org. Never javascript:alert(1) nor data:text/html,x.';

/** Session i carries payload i in its title and neighbouring payloads in every other text field. */
function hostileSessions(version: 1 | 2): FeedSessionText[] {
  const payload = (i: number): string => XSS_PAYLOADS[i % XSS_PAYLOADS.length]!;
  return XSS_PAYLOADS.map((_, i) =>
    plainSession(i, {
      id: `h${i}`,
      title: version === 1 ? payload(i) : `${payload(i)} (moved)`,
      subtitle: payload(i + 1),
      abstract: `${payload(i + 2)}\n\n${payload(i + 3)} ${SAFE_TAIL}`,
      person: payload(i + 4),
      room: `${payload(i + 5).slice(0, 200)} ${i % 3}`,
      track: payload(i + 6).slice(0, 200),
      linkTitle: payload(i + 7),
      linkUrl: HOSTILE_URLS[i % HOSTILE_URLS.length]!,
      roomUrl: HOSTILE_URLS[(i + 1) % HOSTILE_URLS.length]!,
      start: version === 1 ? plainSession(i).start : plainSession(i + 1).start,
    }),
  ).filter((_, i) => version === 1 || i !== 3);
}

async function installTraps(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const hits: string[] = [];
    w['__pwnedHits'] = hits;
    Object.defineProperty(window, '__pwned', { configurable: false, get: () => undefined, set: (value: unknown) => void hits.push(String(value)) });
    const opened: string[] = [];
    w['__opened'] = opened;
    window.open = (url?: string | URL) => {
      opened.push(String(url));
      return null;
    };
    const violations: string[] = [];
    w['__cspViolations'] = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return dialogs;
}

interface Inspection {
  pwned: string[];
  violations: string[];
  foreign: string[];
  badAttributes: string[];
  badLinks: string[];
}

/** Everything an injection would leave behind, read from the live DOM. */
async function inspect(page: Page): Promise<Inspection> {
  return page.evaluate(() => {
    const w = window as unknown as Record<string, string[]>;
    const root = document.getElementById('root')!;
    const foreign = [...root.querySelectorAll('script, iframe, object, embed, math, base, meta, style, link, frame, frameset, applet')].map((el) => el.tagName);
    // The app's own icons are inline <svg aria-hidden> with <path>s; anything from a payload would carry one of these marks.
    // Each element's own opening tag: a container of the app (Settings' form) may hold the payloads as escaped text.
    for (const el of root.querySelectorAll('svg, img, details, form, circle, mtext, mglyph, table')) {
      const openingTag = el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1);
      if (/pwned|onerror|onload|ontoggle|javascript:|<circle r="1"/i.test(openingTag) || el.tagName === 'IMG' || el.tagName === 'MATH') foreign.push(el.outerHTML.slice(0, 80));
    }
    const badAttributes: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) badAttributes.push(`${el.tagName} ${name}`);
        if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'background', 'poster', 'style'].includes(name) && /(javascript|vbscript|data:text|expression\()/i.test(attr.value)) {
          badAttributes.push(`${el.tagName} ${name}=${attr.value.slice(0, 60)}`);
        }
      }
    }
    const badLinks: string[] = [];
    for (const a of root.querySelectorAll('a')) {
      const href = a.getAttribute('href') ?? '';
      if (href.startsWith('#')) continue; // our own routes and the skip link
      let protocol = '';
      try {
        protocol = new URL(href).protocol;
      } catch {
        badLinks.push(`unparsable ${href.slice(0, 60)}`);
        continue;
      }
      if (!['http:', 'https:', 'mailto:'].includes(protocol)) badLinks.push(href.slice(0, 60));
      else if (a.getAttribute('target') !== '_blank' || !(a.getAttribute('rel') ?? '').split(/\s+/).includes('noopener')) badLinks.push(`unguarded ${href.slice(0, 60)}`);
    }
    return { pwned: [...w['__pwnedHits']!], violations: [...w['__cspViolations']!], foreign, badAttributes, badLinks };
  });
}

async function expectClean(page: Page, dialogs: string[], where: string): Promise<void> {
  // Give any injected handler (onerror, onload, ontoggle, timers) the chance to fire first.
  await page.waitForTimeout(150);
  const found = await inspect(page);
  expect(found, where).toEqual({ pwned: [], violations: [], foreign: [], badAttributes: [], badLinks: [] });
  expect(dialogs, where).toEqual([]);
}

for (const format of ['native', 'frab-xml', 'ical', 'csv'] as const satisfies readonly FeedFormat[]) {
  test(`a hostile ${format} feed stays inert text in every view`, async ({ page }) => {
    test.setTimeout(90_000);
    const write = WRITERS[format];
    const server = await startFeedServer(write({ conferenceTitle: '</title><script>window.__pwned="conference"</script>', sessions: hostileSessions(1) }));
    const dialogs = await installTraps(page);
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Refused|Content Security Policy|pwned/i.test(message.text())) consoleErrors.push(message.text());
    });
    try {
      await useFeedInSettings(page, server.url);
      await expectClean(page, dialogs, 'settings');
      // The page title is set from text, not markup.
      expect(await page.title()).not.toMatch(/<script/i);

      await page.goto(`/#/day/${DAY}`);
      await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('listitem').first()).toBeVisible();
      await expectClean(page, dialogs, 'programme');

      const search = page.getByRole('searchbox', { name: 'Search the programme' });
      for (const term of ['script', 'onerror', 'javascript', 'svg']) {
        await search.fill(term);
        await expect(page.locator('.search-summary')).toBeVisible();
        await expectClean(page, dialogs, `search "${term}"`);
      }
      await search.fill('');

      for (const index of [0, 2, 4, 6, 9, 16, 33]) {
        await page.goto(`/#/session/h${index}`);
        const detail = page.locator('article.session-detail');
        await expect(detail).toBeVisible();
        // The payload is on screen as the characters it is made of.
        await expect(detail.getByRole('heading', { level: 2 })).toContainText(XSS_PAYLOADS[index]!.replace(/\s+/g, ' ').trim().slice(0, 30));
        await expectClean(page, dialogs, `session h${index}`);
        if (index < 3) await detail.getByRole('button', { name: /^Bookmark/ }).click();
      }

      // A safe link in an abstract opens outside, through openLink, and the page stays where it is.
      await page.goto('/#/session/h1');
      const before = page.url();
      await page.locator('.detail-abstract a', { hasText: 'https://example.org/more' }).click();
      await expect.poll(() => page.evaluate(() => (window as unknown as Record<string, string[]>)['__opened'])).toEqual(['https://example.org/more']);
      expect(page.url()).toBe(before);
      await expect(page.locator('.detail-abstract a', { hasText: /javascript|data:/ })).toHaveCount(0);

      await page.goto('/#/my');
      await page.getByLabel('Hide past sessions').uncheck();
      await expect(page.locator('.session-detail, main').first()).toBeVisible();
      await expectClean(page, dialogs, 'my schedule');

      server.setBody(write({ conferenceTitle: 'v2 <img src=x onerror=window.__pwned="v2">', sessions: hostileSessions(2) }));
      await page.getByRole('button', { name: 'Refresh' }).click();
      await expect(page.getByRole('region', { name: 'Notices' })).toContainText(/changed/);
      await expectClean(page, dialogs, 'notices after refresh');
      await page.goto('/#/changes');
      await expect(page.locator('.change-item').first()).toBeVisible();
      await expectClean(page, dialogs, 'what changed');
      expect(consoleErrors).toEqual([]);
    } finally {
      await server.close();
    }
  });
}

test('control: the traps do catch an injection when one happens', async ({ page }) => {
  const dialogs = await installTraps(page);
  await page.goto(`/#/day/${DAY}`);
  await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('listitem').first()).toBeVisible();
  // What a markup-rendering bug would do: the page's own code inserting feed text as HTML.
  await page.evaluate(() => {
    document.getElementById('root')!.insertAdjacentHTML('beforeend', '<img src="x" onerror="window.__pwned=1"><a href="javascript:void 0">x</a>');
  });
  await page.waitForTimeout(150);
  const found = await inspect(page);
  expect(found.foreign.length).toBeGreaterThan(0);
  expect(found.badAttributes.length).toBeGreaterThan(0);
  expect(found.badLinks.length).toBeGreaterThan(0);
  // The CSP blocks the inline handler and reports it: a second line of defence, and a signal the spec listens for.
  expect(found.violations.length + found.pwned.length).toBeGreaterThan(0);
  expect(dialogs).toEqual([]);
});
