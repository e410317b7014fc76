/** ipcMain and ipcRenderer: handlers by channel, invokes recorded. */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

export class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeHandler>();

  handle(channel: string, handler: InvokeHandler): void {
    // Electron itself refuses a second handler for a channel.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Test helper: what a renderer's invoke would reach. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}

export type RendererListener = (event: unknown, ...args: unknown[]) => void;

export class FakeIpcRenderer {
  readonly invoke = vi.fn(async (channel: string, ...args: unknown[]): Promise<unknown> => ({ channel, args }));
  readonly listeners = new Map<string, Set<RendererListener>>();

  on(channel: string, listener: RendererListener): this {
    const set = this.listeners.get(channel) ?? new Set();
    set.add(listener);
    this.listeners.set(channel, set);
    return this;
  }

  removeListener(channel: string, listener: RendererListener): this {
    this.listeners.get(channel)?.delete(listener);
    return this;
  }

  listenerCount(channel: string): number {
    return this.listeners.get(channel)?.size ?? 0;
  }

  /** Test helper: main sending an event to this renderer. */
  emitFromMain(channel: string, ...args: unknown[]): void {
    const event = { sender: this, senderId: 0, ports: [] };
    for (const listener of this.listeners.get(channel) ?? []) listener(event, ...args);
  }
}
