import { describe, expect, it } from 'vitest';
import { splitLinks } from '../../../core/text/split-links';
import { checkExternalLink } from '../../../core/links';

describe('splitLinks: links in untrusted abstracts', () => {
  it('makes http(s) and mailto links clickable and leaves sentence punctuation outside', () => {
    expect(splitLinks('See https://example.org/a-b?x=1. Or mail mailto:team@example.org!')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.org/a-b?x=1', url: 'https://example.org/a-b?x=1' },
      { kind: 'text', text: '. Or mail ' },
      { kind: 'link', text: 'mailto:team@example.org', url: 'mailto:team@example.org' },
      { kind: 'text', text: '!' },
    ]);
  });

  it('never turns other schemes into links', () => {
    const text = 'javascript:alert(1) data:text/html,<b> file:///etc/passwd';
    expect(splitLinks(text)).toEqual([{ kind: 'text', text }]);
  });

  it('returns plain text untouched', () => {
    expect(splitLinks('No links here.')).toEqual([{ kind: 'text', text: 'No links here.' }]);
    expect(splitLinks('')).toEqual([]);
  });
});

describe('checkExternalLink', () => {
  it.each(['https://example.org/', 'http://example.org/x', 'mailto:a@example.org'])('lets %s out', (url) => {
    expect(checkExternalLink(url).ok).toBe(true);
  });
  it.each([
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'file:///C:/Windows',
    'data:text/html,hi',
    'vbscript:msgbox',
    'go-local-companion://session/1',
    'ms-msdt:/id',
    'https://user:secret@example.org/',
    '//example.org',
    '',
  ])('refuses %s', (url) => {
    expect(checkExternalLink(url).ok).toBe(false);
  });
});
