/** The lint rule that keeps raw IPC inside the bridge modules: it must flag a raw send, and pass the bridge calls. */
import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import { noRawIpc } from '../../../eslint.config';

// RuleTester reports through the test framework's hooks; vitest's are not globals here.
Object.assign(RuleTester, { afterAll, describe, it });

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

tester.run('no-raw-ipc', noRawIpc, {
  valid: [
    "pushTo(window.webContents, 'companion-event:settingsChanged', settings);",
    'contents.ipc.on(channel, listener);',
    'socket.send(data);',
    "api.invoke('getState');",
  ],
  invalid: [
    { code: "window.webContents.send('companion-event:settingsChanged', settings);", errors: [{ messageId: 'rawSend' }] },
    { code: 'this.contents.send(channel, state);', errors: [{ messageId: 'rawSend' }] },
    { code: 'contents.send(channel, sources);', errors: [{ messageId: 'rawSend' }] },
    { code: "ipcMain.handle('companion:getState', handler);", errors: [{ messageId: 'rawIpc' }] },
    { code: "ipcMain.on('anything', handler);", errors: [{ messageId: 'rawIpc' }] },
    { code: "ipcRenderer.send('room-toolbar:leave');", errors: [{ messageId: 'rawIpc' }] },
    { code: "const invoke = ipcRenderer.invoke; invoke('x');", errors: [{ messageId: 'rawIpc' }] },
  ],
});
