/**
 * Sessions of the bundled programme (assets/programme/golocal-2024.json) that the renderer tests name, and
 * changed copies of it to serve as the organisers' feed. Times are Graz times (CET, UTC+1 in February).
 */
import type { Programme, Session } from '../../../core/programme/model';
import { bundledFeed } from '../render-app';

export const OPENING = { id: 'glc24-001', title: 'Opening of the Academy' } as const; // Mon 11:30–11:50
export const KEYNOTE = { id: 'glc24-002', title: 'From Commitment to Delivery: Why Cities Write Human Rights Action Plans' } as const; // Mon 11:50–12:20
export const INDICATORS = { id: 'glc24-004', title: 'Counting What Counts: A First Look at Local Indicators' } as const; // Mon 12:35–12:50
export const LUNCH = { id: 'glc24-005', title: 'Lunch break' } as const; // Mon 12:50–13:20, no room
export const GROUP_A = { id: 'glc24-006', title: 'Working Group A: Anchoring Human Rights in Local Action Plans' } as const; // Mon 13:20–15:00
export const GROUP_B = { id: 'glc24-007', title: 'Working Group B: Designing Participatory Processes' } as const; // Mon 13:20–15:00
export const GROUP_C = { id: 'glc24-008', title: 'Working Group C: Effective Monitoring and Indicators' } as const; // Mon 13:20–15:00
export const WRAP_UP = { id: 'glc24-011', title: 'Wrap-up of Day 1' } as const; // Mon 15:15–16:00
export const RECAP = { id: 'glc24-012', title: 'Good Morning and Recap' } as const; // Tue 11:30–11:40
export const PANEL_1 = { id: 'glc24-040', title: 'Panel 1: Action Plans That Deliver' } as const; // Thu 12:20–13:20

/** 13:00 in Graz on the first day: lunch is live, the working groups start in 20 minutes. */
export const DURING_LUNCH = '2024-02-05T12:00:00Z';

/** One session of the programme the app shows, by id. */
export function sessionOf(programme: Programme, id: string): Session {
  const session = programme.sessions.find((s) => s.id === id);
  if (!session) throw new Error(`the bundled programme has no session ${id}`);
  return session;
}

interface FeedSession {
  id: string;
  title: string;
  start: string;
  end: string;
}

/** The bundled feed's text with some sessions changed, as the organisers would publish an update. */
export function changedFeed(change: (session: FeedSession) => FeedSession): string {
  const feed = JSON.parse(bundledFeed) as { sessions: FeedSession[] };
  return JSON.stringify({ ...feed, sessions: feed.sessions.map((session) => change({ ...session })) });
}
