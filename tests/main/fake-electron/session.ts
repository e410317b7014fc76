/** The protocol and session modules: privileged schemes, handlers, permission and certificate hooks. */
import type { FakeApp } from './app';

export interface PrivilegedScheme {
  scheme: string;
  privileges?: Record<string, boolean>;
}

export class FakeProtocol {
  readonly privileged: PrivilegedScheme[] = [];
  readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();

  /** Privileged schemes must be registered before this app is ready. */
  constructor(private readonly app: FakeApp) {}

  registerSchemesAsPrivileged(schemes: PrivilegedScheme[]): void {
    if (this.app.ready) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
    this.app.calls.push('registerSchemesAsPrivileged');
    this.privileged.push(...schemes);
  }

  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    this.handlers.set(scheme, handler);
  }
}

export type PermissionRequestHandler = (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
export type PermissionCheckHandler = (webContents: unknown, permission: string, origin: string, details: unknown) => boolean;

export type DisplayMediaCallback = (streams: { video?: unknown; audio?: unknown } | null) => void;
export type DisplayMediaHandler = (request: Record<string, unknown>, callback: DisplayMediaCallback) => void;
export type CertificateVerifyProc = (request: { hostname: string }, callback: (verificationResult: number) => void) => void;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  displayMediaRequestHandler: DisplayMediaHandler | null = null;
  displayMediaOptions: unknown = undefined;
  certificateVerifyProc: CertificateVerifyProc | null = null;
  userAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) go-local-companion/0.1.0 Chrome/140.0.7339.41 Electron/45.5.0 Safari/537.36';
  /** How many times each setter was called: handlers must be installed once per session. */
  readonly installs: Record<string, number> = {};

  constructor(readonly partition = '') {}

  private count(name: string): void {
    this.installs[name] = (this.installs[name] ?? 0) + 1;
  }

  setDisplayMediaRequestHandler(handler: DisplayMediaHandler | null, options?: unknown): void {
    this.count('setDisplayMediaRequestHandler');
    this.displayMediaRequestHandler = handler;
    this.displayMediaOptions = options;
  }

  setCertificateVerifyProc(proc: CertificateVerifyProc | null): void {
    this.count('setCertificateVerifyProc');
    this.certificateVerifyProc = proc;
  }

  getUserAgent(): string {
    return this.userAgent;
  }

  setUserAgent(userAgent: string): void {
    this.count('setUserAgent');
    this.userAgent = userAgent;
  }

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.count('setPermissionRequestHandler');
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.count('setPermissionCheckHandler');
    this.permissionCheckHandler = handler;
  }
}

/** The session module: the default session and one session per partition, made on first use. */
export class FakeSessions {
  readonly defaultSession = new FakeSession();
  /** Test helper: the sessions made so far, by partition. */
  readonly partitions = new Map<string, FakeSession>();

  fromPartition(partition: string): FakeSession {
    if (partition === '') return this.defaultSession;
    const existing = this.partitions.get(partition);
    if (existing) return existing;
    const created = new FakeSession(partition);
    this.partitions.set(partition, created);
    return created;
  }
}
