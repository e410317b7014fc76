/**
 * The fake electron the running test uses. The fake's classes are constructed
 * by code under test (`new BrowserWindow(...)`), which cannot hand them a fake,
 * so they record into the current one; index.ts installs a new one per test.
 */
import type { FakeElectron } from './create';

let current: FakeElectron | null = null;

export function currentFake(): FakeElectron {
  if (!current) throw new Error('No fake electron installed: tests/main/setup.ts installs one before each test');
  return current;
}

export function setCurrentFake(fake: FakeElectron): void {
  current = fake;
}
