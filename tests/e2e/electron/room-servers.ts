/**
 * What the rooms suite talks to: a plain-http feed on 127.0.0.1 (http is allowed
 * for localhost feeds) and two https servers with the test-only certificate in
 * certs/: the allowlisted room and an "elsewhere" host on another port, which is
 * not on the allowlist. Both serve the same probe page, which asks for devices and
 * writes what it got into the DOM.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { repoRoot } from './fixtures';

export const ROOM_PATH = '/rooms/abc-def-ghi-jkl/join';
export const SESSION_ID = 'e2e-room';

const certs = join(repoRoot, 'tests', 'e2e', 'electron', 'certs');

const PROBE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test room</title></head>
<body>
<h1>Test room</h1>
<ul>
  <li>media: <output id="media">pending</output></li>
  <li>camera permission: <output id="camera-permission">pending</output></li>
  <li>geolocation: <output id="geolocation">pending</output></li>
  <li>notifications: <output id="notifications">pending</output></li>
  <li>screen: <output id="screen">pending</output></li>
</ul>
<script>
  const set = (id, value) => { document.getElementById(id).textContent = value; return value; };
  window.probeMedia = async () => {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
      const kinds = stream.getTracks().map((track) => track.kind).sort().join(',');
      stream.getTracks().forEach((track) => track.stop());
      return set('media', 'granted:' + kinds);
    } catch (error) { return set('media', 'denied:' + error.name); }
  };
  window.probeCameraPermission = async () => set('camera-permission', (await navigator.permissions.query({ name: 'camera' })).state);
  window.probeGeolocation = () => new Promise((resolve) => navigator.geolocation.getCurrentPosition(
    () => resolve(set('geolocation', 'granted')),
    (error) => resolve(set('geolocation', 'denied:' + error.code)),
    { timeout: 5000 }));
  window.probeNotifications = async () => set('notifications', await Notification.requestPermission());
  window.probeScreen = async () => {
    try {
      const stream = await navigator.mediaDevices.getDisplayMedia({ video: true });
      stream.getTracks().forEach((track) => track.stop());
      return set('screen', 'granted');
    } catch (error) { return set('screen', 'denied:' + error.name); }
  };
</script>
</body></html>`;

export interface RoomServers {
  feedUrl: string;
  roomUrl: string;
  elsewhereOrigin: string;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function httpsProbeServer(): Server {
  const tls = { cert: readFileSync(join(certs, 'test-room.cert.pem')), key: readFileSync(join(certs, 'test-room.key.pem')) };
  return createHttpsServer(tls, (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(PROBE_PAGE);
  });
}

/** A native-format feed (assets/programme/programme.schema.json) with one session that is live now. */
function feed(roomUrl: string): string {
  const now = Date.now();
  return JSON.stringify({
    format: 'go-local-companion/1',
    conference: { title: 'Rooms end-to-end test', timeZone: 'Europe/Vienna' },
    sessions: [
      {
        id: SESSION_ID,
        title: 'Live test room',
        start: new Date(now - 10 * 60_000).toISOString(),
        end: new Date(now + 60 * 60_000).toISOString(),
        room: { name: 'Test room', kind: 'bbb', url: roomUrl },
      },
    ],
  });
}

export async function startRoomServers(): Promise<RoomServers> {
  const room = httpsProbeServer();
  const elsewhere = httpsProbeServer();
  const roomUrl = `https://127.0.0.1:${await listen(room)}${ROOM_PATH}`;
  const elsewhereOrigin = `https://127.0.0.1:${await listen(elsewhere)}`;
  const feedServer = createServer((request, response) => {
    if (request.url !== '/feed.json') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(feed(roomUrl));
  });
  const feedUrl = `http://127.0.0.1:${await listen(feedServer)}/feed.json`;
  const close = (server: Server): Promise<void> => new Promise((resolve) => server.close(() => resolve()));
  return { feedUrl, roomUrl, elsewhereOrigin, close: async () => void (await Promise.all([room, elsewhere, feedServer].map(close))) };
}
