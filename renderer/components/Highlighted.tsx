import { highlight } from '../../core/search/highlight';
import './Highlighted.css';

/** Text with search matches wrapped in <mark>; still plain text nodes, never markup from the feed. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {highlight(text, terms).map((piece, index) => (piece.match ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>))}
    </>
  );
}
