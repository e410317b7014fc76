/**
 * The attendee's say over camera, microphone and screen, per room window.
 * The first time a trusted host asks (room-permissions.ts, display-media.ts),
 * the window's toolbar shows "<host> wants to use your microphone and camera"
 * (or "… to share your screen") with Allow, Deny and "Remember for this host".
 * The request waits meanwhile; every ask gets exactly one answer: the
 * attendee's, or "no" when the window closes or too many asks are waiting.
 * A remembered answer is stored per host and kind (core/rooms/room-consents)
 * and read again on every request, so a revocation counts from the next one;
 * an answer without "Remember" holds only while this window is open.
 */
import type { ConsentKind, RoomConsents } from '../../core/rooms/room-consents';

export interface ConsentQuestion {
  id: number;
  host: string;
  kind: ConsentKind;
}

export interface ConsentPrompter {
  /** Show this question (null: none is waiting any more). */
  show(question: ConsentQuestion | null): void;
}

/** Distinct questions that may wait at once; BBB asks for one or two, more is a page hammering us. */
export const MAX_WAITING = 4;

interface Waiting extends ConsentQuestion {
  resolvers: ((allowed: boolean) => void)[];
}

export class RoomConsentGate {
  private readonly thisWindow = new Map<string, boolean>();
  private readonly waiting: Waiting[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly remembered: () => RoomConsents,
    private readonly prompter: ConsentPrompter,
  ) {}

  /** The answer already given (remembered first, then this window's), or undefined when the attendee was not asked yet. */
  known(host: string, kind: ConsentKind): boolean | undefined {
    return this.remembered().answerFor(host, kind) ?? this.thisWindow.get(key(host, kind));
  }

  ask(host: string, kind: ConsentKind): Promise<boolean> {
    const answer = this.known(host, kind);
    if (answer !== undefined) return Promise.resolve(answer);
    if (this.closed) return Promise.resolve(false);
    return new Promise((resolve) => {
      const same = this.waiting.find((question) => question.host === host && question.kind === kind);
      if (same) {
        same.resolvers.push(resolve);
        return;
      }
      if (this.waiting.length >= MAX_WAITING) {
        resolve(false);
        return;
      }
      this.waiting.push({ id: this.nextId++, host, kind, resolvers: [resolve] });
      if (this.waiting.length === 1) this.showFirst();
    });
  }

  /** The attendee answered the question with this id (ids of questions no longer waiting are ignored). */
  answer(id: number, allowed: boolean, remember: boolean): void {
    const index = this.waiting.findIndex((question) => question.id === id);
    if (index !== 0) return; // Only the question on screen can be answered.
    const [question] = this.waiting.splice(index, 1);
    if (!question) return;
    if (remember) this.remembered().remember(question.host, question.kind, allowed);
    else this.thisWindow.set(key(question.host, question.kind), allowed);
    for (const resolve of question.resolvers) resolve(allowed);
    this.showFirst();
  }

  /** The window closed: every waiting request is answered "no", and later asks too. */
  close(): void {
    this.closed = true;
    for (const question of this.waiting.splice(0)) for (const resolve of question.resolvers) resolve(false);
  }

  get asking(): boolean {
    return this.waiting.length > 0;
  }

  private showFirst(): void {
    const first = this.waiting[0];
    this.prompter.show(first ? { id: first.id, host: first.host, kind: first.kind } : null);
  }
}

function key(host: string, kind: ConsentKind): string {
  return `${kind} ${host}`;
}
