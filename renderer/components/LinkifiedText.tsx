/**
 * Untrusted feed text as React text nodes (never HTML), with http(s) and mailto
 * links made clickable; the click goes through CompanionApi.openLink, which
 * opens only safe links outside the app.
 */
import type { MouseEvent } from 'react';
import { useApi } from '../hooks/api-context';
import { splitLinks } from '../../core/text/split-links';

export function LinkifiedText({ text }: { text: string }) {
  const api = useApi();
  const open = (event: MouseEvent<HTMLAnchorElement>, url: string) => {
    event.preventDefault();
    void api.openLink(url);
  };
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>
          {splitLinks(paragraph).map((piece, i) =>
            piece.kind === 'link' ? (
              <a key={i} href={piece.url} onClick={(event) => open(event, piece.url)} rel="noopener noreferrer" target="_blank">
                {piece.text}
              </a>
            ) : (
              <span key={i}>{piece.text}</span>
            ),
          )}
        </p>
      ))}
    </>
  );
}
