import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openExternalSafely } from '../../../main/security/open-external';
import { shell } from '../fake-electron';


beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('openExternalSafely', () => {
  it.each([
    'https://www.example.org/session/12',
    'http://example.org/',
    'mailto:programme@example.org?subject=Question',
  ])('opens %s in the system browser', async (url) => {
    await expect(openExternalSafely(url)).resolves.toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith(new URL(url).href);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=invoice',
    'smb://attacker.example.net/share',
    'zoommtg://zoom.us/join?confno=1',
    'go-local-companion://open',
    'https://user:secret@example.org/',
    'not a url',
    '',
  ])('refuses %j', async (url) => {
    await expect(openExternalSafely(url)).resolves.toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('reports false when the system cannot open the link', async () => {
    shell.openExternal.mockRejectedValueOnce(new Error('no handler'));
    await expect(openExternalSafely('https://example.org/')).resolves.toBe(false);
  });
});
