import { useEffect, useState } from 'react';

/** Hash routes, so a reload lands on the same screen (the token lives in sessionStorage). */
export type Route =
  | { name: 'desk' }
  | { name: 'editor'; id: string }
  | { name: 'review'; id: string }
  | { name: 'settings' }
  | { name: 'facts' };

export function parseRoute(hash: string): Route {
  const h = hash.replace(/^#\/?/, '');
  const [head, id] = h.split('/');
  if (head === 'draft' && id) return { name: 'editor', id: decodeURIComponent(id) };
  if (head === 'review' && id) return { name: 'review', id: decodeURIComponent(id) };
  if (head === 'settings') return { name: 'settings' };
  if (head === 'facts') return { name: 'facts' };
  return { name: 'desk' };
}

export function hrefOf(r: Route): string {
  switch (r.name) {
    case 'editor':
      return `#/draft/${encodeURIComponent(r.id)}`;
    case 'review':
      return `#/review/${encodeURIComponent(r.id)}`;
    case 'settings':
      return '#/settings';
    case 'facts':
      return '#/facts';
    default:
      return '#/';
  }
}

export function navigate(r: Route): void {
  window.location.hash = hrefOf(r);
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
