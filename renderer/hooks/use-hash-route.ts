/**
 * Views are addressed by the URL hash (#/session/<id>), so that deep links,
 * back/forward and reloads work the same in the app and the web edition.
 */
import { useEffect, useState } from 'react';

export type Route = { view: 'programme'; day?: string; now?: boolean } | { view: 'session'; id: string } | { view: 'settings' } | { view: 'changes' } | { view: 'my' } | { view: 'now' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [head, ...rest] = path.split('/');
  const tail = rest.map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  if (head === 'session' && tail[0]) return { view: 'session', id: tail.join('/') };
  if (head === 'settings') return { view: 'settings' };
  if (head === 'changes') return { view: 'changes' };
  if (head === 'my') return { view: 'my' };
  if (head === 'now') return { view: 'now' };
  if (head === 'day' && tail[0]) return { view: 'programme', day: tail[0], now: tail[1] === 'now' };
  return { view: 'programme' };
}

export const sessionHref = (id: string): string => `#/session/${encodeURIComponent(id)}`;
export const dayHref = (date: string): string => `#/day/${date}`;

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
