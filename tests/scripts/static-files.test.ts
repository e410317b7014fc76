import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { CONTENT_TYPES, fileWithin } from '../../scripts/static-files';

describe('static files for the web edition server', () => {
  const root = '/srv/out/web';

  it('maps URL paths into the folder, index.html for folders', () => {
    expect(fileWithin(root, '/')).toBe(join(root, 'index.html'));
    expect(fileWithin(root, '/assets/index.js')).toBe(join(root, 'assets/index.js'));
    expect(fileWithin(root, '/peer/')).toBe(join(root, 'peer/index.html'));
  });

  it('never leaves the folder', () => {
    expect(fileWithin(root, '/../secret')).toBeNull();
    expect(fileWithin(root, '/assets/../../web-other/x')).toBeNull();
    expect(fileWithin(root, '/..')).toBeNull();
  });

  it('knows the types the build emits', () => {
    expect(CONTENT_TYPES['.js']).toBe('text/javascript; charset=utf-8');
    expect(CONTENT_TYPES['.exe']).toBeUndefined();
  });
});
