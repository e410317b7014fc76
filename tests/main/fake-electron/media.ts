/** desktopCapturer and systemPreferences for the screen picker and media access. */
import { vi } from 'vitest';

export interface FakeCapturerSource {
  id: string;
  name: string;
  display_id?: string;
  thumbnail: { toDataURL(): string; isEmpty(): boolean };
}

export function fakeCapturerSource(id: string, name: string): FakeCapturerSource {
  return { id, name, display_id: '', thumbnail: { toDataURL: () => 'data:image/png;base64,AAAA', isEmpty: () => false } };
}

export function createDesktopCapturer() {
  return {
    getSources: vi.fn(async (_options: { types: string[]; thumbnailSize?: { width: number; height: number } }): Promise<FakeCapturerSource[]> => []),
  };
}

export function createSystemPreferences() {
  return {
    getMediaAccessStatus: vi.fn((_mediaType: string): string => 'not-determined'),
    askForMediaAccess: vi.fn(async (_mediaType: string): Promise<boolean> => true),
  };
}
