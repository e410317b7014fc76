import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSettingsPatch, settingsFromStored } from '../../core/settings';
import { ACTION_ARGUMENT_GUARDS, ACTION_NAMES, EVENT_NAMES, isEventName } from '../../core/api';

describe('settings validation', () => {
  it('accepts well-formed patches', () => {
    expect(isSettingsPatch({})).toBe(true);
    expect(isSettingsPatch({ displayZone: 'Asia/Kathmandu', reminderMinutes: null, theme: 'dark' })).toBe(true);
    expect(isSettingsPatch({ roomsOpenAfterEndMinutes: 0 }) && isSettingsPatch({ roomsOpenAfterEndMinutes: 120 })).toBe(true);
    expect(DEFAULT_SETTINGS.roomsOpenAfterEndMinutes).toBe(15);
  });

  it('takes a supported language code, or null to follow the system', () => {
    expect(isSettingsPatch({ language: 'en' }) && isSettingsPatch({ language: null })).toBe(true);
    expect(DEFAULT_SETTINGS.language).toBeNull();
    expect(settingsFromStored({ language: 'en' }).language).toBe('en');
    expect(settingsFromStored({ language: 'tlh' }).language).toBeNull();
  });

  it('takes the clock choice: the locale’s own by default, or 12- or 24-hour', () => {
    expect(DEFAULT_SETTINGS.hourCycle).toBe('locale');
    expect(isSettingsPatch({ hourCycle: 'h12' }) && isSettingsPatch({ hourCycle: 'h23' })).toBe(true);
    expect(settingsFromStored({ hourCycle: 'h23', language: 'de' })).toMatchObject({ hourCycle: 'h23', language: 'de' });
    // A damaged clock choice costs only itself.
    expect(settingsFromStored({ hourCycle: 'h11', language: 'de' })).toMatchObject({ hourCycle: 'locale', language: 'de' });
  });

  it.each<unknown>([
    null,
    [],
    'dark',
    { theme: 'neon' },
    { displayZone: 'Mars/Olympus_Mons' },
    { reminderMinutes: -1 },
    { reminderMinutes: 2.5 },
    { refreshMinutes: '30' },
    { roomsOpenAfterEndMinutes: 121 },
    { roomsOpenAfterEndMinutes: -5 },
    { roomsOpenAfterEndMinutes: 7.5 },
    { language: 'tlh' },
    { language: 'en-US' },
    { language: 'EN' },
    { language: 1 },
    { hourCycle: 'h24' },
    { hourCycle: null },
    { unknownKey: true },
    { feedUrl: 'https://programme.example.org/feed.json' },
    { feedUrl: null },
    { __proto__: { theme: 'dark' }, constructor: 1 },
  ])('refuses %j', (patch) => {
    expect(isSettingsPatch(patch)).toBe(false);
  });

  it('recovers field by field from a damaged store', () => {
    expect(settingsFromStored('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStored({ theme: 'dark', refreshMinutes: 'soon' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('still reads a stored feed URL, which a patch may not carry', () => {
    expect(settingsFromStored({ feedUrl: 'https://programme.example.org/feed.json' }).feedUrl).toBe('https://programme.example.org/feed.json');
  });
});

describe('the contract\u2019s runtime guards', () => {
  it('cover every action and event by name', () => {
    expect(ACTION_NAMES).toEqual([
      'getState',
      'refreshFeed',
      'setFeedUrl',
      'updateSettings',
      'openLink',
      'joinRoom',
      'setBookmark',
      'dismissBookmarkFlags',
      'exportBookmarks',
      'importBookmarks',
      'dismissNotice',
      'exportCalendar',
      'printSchedule',
      'listRoomPermissions',
      'revokeRoomPermission',
    ]);
    expect(EVENT_NAMES).toEqual([
      'programmeChanged',
      'changesChanged',
      'bookmarksChanged',
      'sessionRequested',
      'noticeChanged',
      'feedStatusChanged',
      'settingsChanged',
    ]);
    expect(isEventName('programmeChanged')).toBe(true);
    expect(isEventName('toString')).toBe(false);
  });

  it('refuse extra, missing and mistyped arguments', () => {
    expect(ACTION_ARGUMENT_GUARDS.getState([])).toBe(true);
    expect(ACTION_ARGUMENT_GUARDS.getState([1])).toBe(false);
    expect(ACTION_ARGUMENT_GUARDS.setFeedUrl([null])).toBe(true);
    expect(ACTION_ARGUMENT_GUARDS.setFeedUrl([])).toBe(false);
    expect(ACTION_ARGUMENT_GUARDS.setFeedUrl([{ toString: () => 'https://x' }])).toBe(false);
    expect(ACTION_ARGUMENT_GUARDS.setFeedUrl(['x'.repeat(5000)])).toBe(false);
    expect(ACTION_ARGUMENT_GUARDS.updateSettings([{ theme: 'light' }])).toBe(true);
    expect(ACTION_ARGUMENT_GUARDS.updateSettings([{ theme: 'light' }, 1])).toBe(false);
    expect(ACTION_ARGUMENT_GUARDS.openLink([42])).toBe(false);
  });
});
