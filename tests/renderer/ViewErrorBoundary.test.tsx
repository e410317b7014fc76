import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import { ViewErrorBoundary } from '../../renderer/components/ViewErrorBoundary';
import type { ViewName } from '../../renderer/components/view-failure';
import { renderInApp } from './render-app';

const SECRET = 'https://feed.example.org/?token=s3cr3t';

function Timeline(): never {
  throw new TypeError(`Cannot read properties of undefined (reading 'lanes') at ${SECRET}`);
}

function Fine() {
  return <p>The programme list</p>;
}

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  // The boundary logs what it catches (and React reports the throw); neither belongs in the test output.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => consoleError.mockRestore());

describe('ViewErrorBoundary', () => {
  it('names the view that failed and the kind of error, never its text, and offers the way back', async () => {
    const backs: ViewName[] = [];
    const { user } = await renderInApp(() => (
      <ViewErrorBoundary view="timeline" resetKey="timeline" onBack={(failed) => backs.push(failed)}>
        <Timeline />
      </ViewErrorBoundary>
    ));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This view could not be shown: the timeline ran into a TypeError while drawing this programme.');
    expect(alert).toHaveTextContent('Your bookmarks and settings are safe, and the other views still work.');
    expect(document.body).not.toHaveTextContent('s3cr3t');
    expect(document.body).not.toHaveTextContent('lanes');

    await user.click(within(alert).getByRole('button', { name: 'Back to the programme list' }));
    expect(backs).toEqual(['timeline']);
    expect(consoleError).toHaveBeenCalledWith('Go Local Companion: the timeline could not be shown:', expect.any(TypeError), expect.any(String));
  });

  it('tries again when the attendee goes to another view (a new reset key)', async () => {
    function Switcher() {
      const [view, setView] = useState<ViewName>('timeline');
      return (
        <>
          <button type="button" onClick={() => setView('programme list')}>
            List
          </button>
          <ViewErrorBoundary view={view} resetKey={view} onBack={() => undefined}>
            {view === 'timeline' ? <Timeline /> : <Fine />}
          </ViewErrorBoundary>
        </>
      );
    }
    const { user } = await renderInApp(() => <Switcher />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'List' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('The programme list')).toBeInTheDocument();
  });
});
