/**
 * The peer: pretalx's own schedule components (@pretalx/schedule, Vue 3) on a
 * page of their own, built with Vite into a temporary folder. The page reads
 * the same pretalx widget JSON our web edition reads, from localStorage as our
 * warm start does, turns talks into the sessions the component takes (moment
 * times in the event zone, room, track and speaker objects, as pretalx's own
 * schedule page does) and mounts LinearSchedule, the list view.
 *
 * @pretalx/schedule is found in the repository's node_modules, else in the
 * node_modules folder named by BENCH_PEER_NODE_MODULES.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PEER_STORAGE_KEY = 'bench:pretalx';
export const PEER_ROW_SELECTOR = '.c-linear-schedule-session';

export type PeerBuild = { ok: true; root: string; version: string } | { ok: false; reason: string };

function packageDir(modules: string, name: string): string | null {
  const dir = join(modules, name);
  return existsSync(join(dir, 'package.json')) ? dir : null;
}

/** The ESM browser entry of a package: its "module" field, else "main". */
function entryOf(dir: string): string {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { module?: string; main?: string };
  return join(dir, pkg.module ?? pkg.main ?? 'index.js');
}

function entrySource(modules: string): string {
  const path = (p: string): string => JSON.stringify(p);
  const schedule = join(modules, '@pretalx/schedule/dist');
  return `
import { createApp, h } from ${path(entryOf(join(modules, 'vue')))};
import moment from ${path(entryOf(join(modules, 'moment-timezone')))};
import * as buntpapier from ${path(entryOf(join(modules, 'buntpapier')))};
import { LinearSchedule } from ${path(join(schedule, 'pretalx-schedule.js'))};
import ${path(join(schedule, 'style.css'))};

const data = JSON.parse(localStorage.getItem(${JSON.stringify(PEER_STORAGE_KEY)}) ?? '{}');
const zone = data.timezone;
const byId = (list, key) => new Map((list ?? []).map((item) => [item[key], item]));
const rooms = byId(data.rooms, 'id');
const tracks = byId(data.tracks, 'id');
const speakers = byId(data.speakers, 'code');
const sessions = data.talks
  .map((talk) => ({
    id: talk.code,
    title: talk.title,
    abstract: talk.abstract,
    start: moment.tz(talk.start, zone),
    end: moment.tz(talk.end, zone),
    room: rooms.get(talk.room),
    track: tracks.get(talk.track),
    speakers: (talk.speakers ?? []).map((code) => speakers.get(code)).filter(Boolean),
  }))
  .sort((a, b) => a.start.diff(b.start));
moment.tz.setDefault(zone);
const plugin = buntpapier.default ?? buntpapier;
createApp({
  render: () =>
    h(LinearSchedule, {
      sessions,
      rooms: data.rooms,
      favs: [],
      currentDay: sessions[0]?.start.clone().startOf('day'),
      now: moment(),
      scrollParent: null,
    }),
})
  .use(plugin)
  .mount('#app');
`;
}

export async function buildPeer(repo: string): Promise<PeerBuild> {
  const candidates = [join(repo, 'node_modules'), process.env.BENCH_PEER_NODE_MODULES].filter((d): d is string => Boolean(d));
  const modules = candidates.find((dir) => packageDir(dir, '@pretalx/schedule'));
  if (!modules) return { ok: false, reason: '@pretalx/schedule is not installed (npm install --save-dev @pretalx/schedule@2.0.0-alpha.2)' };
  for (const name of ['vue', 'moment-timezone', 'buntpapier']) {
    if (!packageDir(modules, name)) return { ok: false, reason: `${name}, a dependency of @pretalx/schedule, is not in ${modules}` };
  }
  const version = (JSON.parse(readFileSync(join(modules, '@pretalx/schedule/package.json'), 'utf8')) as { version: string }).version;
  const dir = mkdtempSync(join(tmpdir(), 'glc-bench-peer-'));
  writeFileSync(join(dir, 'main.js'), entrySource(modules));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pretalx schedule (peer)</title></head><body><div id="app"></div><script type="module" src="./main.js"></script></body></html>',
  );
  const { build } = await import('vite');
  try {
    await build({
      root: dir,
      base: '/peer/',
      logLevel: 'error',
      configFile: false,
      mode: 'production',
      define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
      build: { outDir: join(dir, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 5000 },
    });
  } catch (error) {
    return { ok: false, reason: `the peer page did not build: ${(error as Error).message.split('\n')[0]}` };
  }
  return { ok: true, root: join(dir, 'dist'), version };
}
