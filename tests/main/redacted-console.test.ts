import { describe, expect, it, vi } from 'vitest';
import { redactConsole } from '../../main/redacted-console';
import { CLIENT, JOIN, TOKENED, expectNoSecret } from '../core/support/hostile-text';

function fakeConsole() {
  return { log: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() };
}

describe('the main process log keeps credentials out', () => {
  it('redacts strings, errors and objects in every console method', () => {
    const target = fakeConsole();
    const originals = { ...target };
    redactConsole(target);
    target.warn(`[feed] could not fetch ${TOKENED}`);
    target.error('[main] could not start', new Error(`net::ERR_FAILED ${JOIN}`));
    target.log({ url: CLIENT });
    target.info('%s', TOKENED);
    target.debug(CLIENT);
    for (const method of Object.values(originals)) {
      expect(method).toHaveBeenCalledOnce();
      expectNoSecret(JSON.stringify(method.mock.calls));
    }
    expect(originals.warn).toHaveBeenCalledWith('[feed] could not fetch https://…@feeds.example.org/f.json?token=…&apiKey=…');
    expect(String(originals.error.mock.calls[0]?.[1])).toContain('checksum=…');
  });
});
