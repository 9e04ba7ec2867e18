import { useEffect, useState } from 'preact/hooks';

/** `#/numbers?key=%2B8613812345678` → { section: 'numbers', params: { key: '+8613812345678' } } */
export interface Route {
  section: string;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  return { section: path || 'overview', params: new URLSearchParams(query) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

export function go(section: string, params?: Record<string, string>): void {
  const q = params ? `?${new URLSearchParams(params)}` : '';
  location.hash = `#/${section}${q}`;
}
