import { describe, expect, it } from 'vitest';
import { createMainWindow } from '../../../main/windows/main-window';
import { FakeBrowserWindow } from '../fake-electron';


describe('main window', () => {
  it('is created with the secure webPreferences and our preload', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', startUrl: 'app://companion/index.html' });
    const [window] = FakeBrowserWindow.created;
    expect(window!.options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/app/out/preload/index.cjs',
      spellcheck: false,
    });
    expect(window!.options.webPreferences).not.toHaveProperty('nodeIntegrationInSubFrames');
    expect(window!.options.webPreferences).not.toHaveProperty('webviewTag');
    expect(window!.options).toMatchObject({ title: 'Go Local Companion', show: false, minWidth: 720, minHeight: 480 });
    expect(typeof window!.options['backgroundColor']).toBe('string');
  });

  it('loads the start URL and shows itself only when ready to show', () => {
    createMainWindow({ preloadPath: '/p.cjs', startUrl: 'app://companion/index.html' });
    const [window] = FakeBrowserWindow.created;
    expect(window!.loadedUrl).toBe('app://companion/index.html');
    expect(window!.visible).toBe(false);
    window!.emit('ready-to-show');
    expect(window!.visible).toBe(true);
  });
});
