import { describe, expect, it, vi } from 'vitest';
import { createNotifier } from '../../../main/adapters/notifier';
import { FakeNotification } from '../fake-electron';


const hostile = { title: 'Q&A <b>now</b>', body: '<a href="https://evil.example/">Click</a> <img src=x> &amp; Tom & Jerry' };

describe('notifier and notification-server markup', () => {
  it('escapes &, < and > on Linux, where servers render a markup subset', () => {
    createNotifier('linux').notify(hostile, vi.fn());
    expect(FakeNotification.created[0]!.options).toEqual({
      title: 'Q&amp;A &lt;b&gt;now&lt;/b&gt;',
      body: '&lt;a href="https://evil.example/"&gt;Click&lt;/a&gt; &lt;img src=x&gt; &amp;amp; Tom &amp; Jerry',
    });
  });

  it.each(['darwin', 'win32'] as const)('shows the text as it is on %s, which never renders markup', (platform) => {
    createNotifier(platform).notify(hostile, vi.fn());
    expect(FakeNotification.created[0]!.options).toEqual(hostile);
  });
});
