import { describe, expect, it } from 'vitest';
import type { BrowserWindow } from 'electron';
import { EVENT_NAMES, eventChannel } from '../../../core/api';
import type { Programme } from '../../../core/programme/model';
import { EventHub } from '../../../core/events';
import { forwardServiceEvents } from '../../../main/ipc/forward-events';
import { FakeBrowserWindow } from '../fake-electron';


describe('forwardServiceEvents', () => {
  it('sends every service event to each live window on its event channel, payload only', () => {
    const hub = new EventHub();
    const open = [new FakeBrowserWindow({}), new FakeBrowserWindow({})];
    const closed = new FakeBrowserWindow({});
    closed.destroyed = true;
    const stop = forwardServiceEvents(hub, () => [...open, closed] as unknown as BrowserWindow[]);

    const programme = { sessions: [] } as unknown as Programme;
    hub.emit('programmeChanged', programme);
    for (const window of open) expect(window.webContents.sent).toEqual([{ channel: eventChannel('programmeChanged'), args: [programme] }]);
    expect(closed.webContents.sent).toEqual([]);

    stop();
    hub.emit('programmeChanged', programme);
    expect(open[0]!.webContents.sent).toHaveLength(1);
  });

  it('covers every event of the contract', () => {
    const subscribed: string[] = [];
    forwardServiceEvents({ on: (event) => (subscribed.push(event), () => undefined) }, () => []);
    expect(subscribed.sort()).toEqual([...EVENT_NAMES].sort());
  });
});
