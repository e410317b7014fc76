/** The app module: paths, command-line switches, single-instance lock, quit. */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { vi } from 'vitest';

export class FakeApp extends EventEmitter {
  sandboxEnabled = false;
  isPackaged = false;
  ready = false;
  hasSingleInstanceLock = true;
  readonly paths: Record<string, string> = {};
  /** Order of security-relevant calls, to check what happened before 'ready'. */
  readonly calls: string[] = [];
  readonly quit = vi.fn(() => {
    this.calls.push('quit');
  });
  readonly exit = vi.fn();
  /** app.focus({ steal }): bringing the app itself forward (macOS). */
  readonly focus = vi.fn((_options?: { steal: boolean }) => undefined);
  private readyWaiters: (() => void)[] = [];

  enableSandbox(): void {
    if (this.ready) throw new Error('app.enableSandbox() must be called before the app is ready');
    this.sandboxEnabled = true;
    this.calls.push('enableSandbox');
  }

  requestSingleInstanceLock(): boolean {
    this.calls.push('requestSingleInstanceLock');
    return this.hasSingleInstanceLock;
  }

  isReady(): boolean {
    return this.ready;
  }

  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Test helper: Electron finishing its start-up. */
  becomeReady(): void {
    this.ready = true;
    this.calls.push('ready');
    for (const resolve of this.readyWaiters.splice(0)) resolve();
    this.emit('ready');
  }

  getPath(name: string): string {
    return this.paths[name] ?? tmpdir();
  }

  /** What app.getPreferredSystemLanguages() answers; a test may set it (empty: the system lists none). */
  preferredSystemLanguages: string[] = ['en-US'];
  locale = 'en-US';

  getPreferredSystemLanguages(): string[] {
    return [...this.preferredSystemLanguages];
  }

  getLocale(): string {
    return this.locale;
  }

  getVersion(): string {
    return '0.1.0';
  }

  getName(): string {
    return 'Go Local Companion';
  }

  /** Chromium switches appended before 'ready'. */
  readonly commandLine = {
    switches: [] as string[],
    appendSwitch(name: string): void {
      this.switches.push(name);
    },
  };

  /** Schemes this app asked the OS to send it, with the command it gave. */
  readonly protocolClients: { scheme: string; path?: string; args?: string[] }[] = [];

  setAsDefaultProtocolClient(scheme: string, path?: string, args?: string[]): boolean {
    this.protocolClients.push({ scheme, ...(path === undefined ? {} : { path }), ...(args === undefined ? {} : { args }) });
    return true;
  }
}
