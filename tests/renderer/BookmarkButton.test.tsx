import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BookmarkButton } from '../../renderer/components/BookmarkButton';
import { renderInApp } from './render-app';

const OPENING = { id: 'glc24-001', title: 'Opening of the Academy' };

describe('BookmarkButton', () => {
  it('is a toggle named after its session: pressing it saves the session, pressing again removes it', async () => {
    const { user, service } = await renderInApp(() => <BookmarkButton sessionId={OPENING.id} title={OPENING.title} />);
    const button = screen.getByRole('button', { name: `Bookmark “${OPENING.title}”` });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(button).toHaveAccessibleDescription('Add to My schedule');

    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'true'));
    expect(button).toHaveAccessibleDescription('Remove from My schedule');
    expect((await service.getState()).bookmarks.map((b) => b.sessionId)).toEqual([OPENING.id]);

    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'false'));
    expect((await service.getState()).bookmarks).toEqual([]);
  });

  it('shows a session bookmarked earlier as pressed', async () => {
    await renderInApp(() => <BookmarkButton sessionId={OPENING.id} title={OPENING.title} />, { bookmarks: [OPENING.id] });
    expect(screen.getByRole('button', { name: /bookmark/i })).toHaveAttribute('aria-pressed', 'true');
  });
});
