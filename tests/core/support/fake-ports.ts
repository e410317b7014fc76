/** In-memory ports for CompanionService tests: a store, a fake clock and a scripted feed server. */
import type { Clock, CompanionPorts, FeedRequest, FeedResponse, FeedTransport, KeyValueStore } from '../../../core/ports';
import { FeedTransportError } from '../../../core/ports';

export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, unknown>();
  get(key: string): unknown {
    // A deep copy, as a real store returns: the service must not rely on shared objects.
    const value = this.data.get(key);
    return value === undefined ? undefined : structuredClone(value);
  }
  set(key: string, value: unknown): void {
    this.data.set(key, structuredClone(value));
  }
  delete(key: string): void {
    this.data.delete(key);
  }
}

export class FakeClock implements Clock {
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;
  constructor(public nowMs: number) {}
  now(): number {
    return this.nowMs;
  }
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.nowMs + ms, callback });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  pendingTimers(): number {
    return this.timers.size;
  }
  /** Moves time forward, firing due timers in order. */
  advance(ms: number): void {
    const until = this.nowMs + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.nowMs = due[1].at;
      due[1].callback();
    }
    this.nowMs = until;
  }
}

type Scripted = FeedResponse | Error;

/** Answers each fetch with the next scripted response and records every request. */
export class ScriptedTransport implements FeedTransport {
  readonly requests: FeedRequest[] = [];
  private readonly script: Scripted[] = [];
  reply(...responses: Scripted[]): this {
    this.script.push(...responses);
    return this;
  }
  async fetch(request: FeedRequest): Promise<FeedResponse> {
    this.requests.push(request);
    const next = this.script.shift();
    if (!next) throw new FeedTransportError('no scripted response left');
    if (next instanceof Error) throw next;
    return next;
  }
}

export interface TestPorts extends CompanionPorts {
  cache: MemoryStore;
  store: MemoryStore;
  clock: FakeClock;
  transport: ScriptedTransport;
  opened: string[];
}

export function fakePorts(nowMs = Date.parse('2024-02-05T09:00:00Z')): TestPorts {
  const opened: string[] = [];
  return {
    transport: new ScriptedTransport(),
    store: new MemoryStore(),
    cache: new MemoryStore(),
    clock: new FakeClock(nowMs),
    notifier: { notify: () => undefined },
    rooms: { open: async (room) => void opened.push(room.url) },
    files: { save: async () => true },
    links: { openExternal: async (url) => void opened.push(url) },
    printer: { print: async () => true },
    opened,
  };
}
