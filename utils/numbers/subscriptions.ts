/**
 * Number-list subscriptions, like ad-block filter lists: a list is a static file at a URL the user
 * chose; it is fetched with ETag / If-Modified-Since on a schedule, and nothing is ever sent but
 * that GET (no cookies, no body, no identifiers). A failed or malformed update keeps the previous
 * entries and records the error for the user to see.
 */
import type { AnningDb } from '../store/db';
import type { NumberStatus, SubscriptionEntry } from '../store/types';
import { removeSubscriptionItems, replaceSubscriptionItems, type ApplyReport } from './book';
import { detectListFormat, ListError, MAX_LIST_CHARS, parseList } from './lists';

/** How often lists are checked. Static files change rarely; this keeps requests few. */
export const REFRESH_MINUTES = 6 * 60;
export const SUBSCRIPTION_ALARM = 'anning-number-lists';

export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

export function checkListUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error('not a web address');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost'))) {
    throw new Error('list addresses must start with https://');
  }
  if (url.username || url.password) throw new Error('list addresses must not carry a user name or password');
  return url;
}

/** The host-permission pattern a subscription needs (asked for when the user subscribes). */
export function originPattern(raw: string): string {
  const url = checkListUrl(raw);
  return `${url.protocol}//${url.hostname}/*`;
}

export async function addSubscription(db: AnningDb, rawUrl: string, now: number): Promise<number> {
  const url = checkListUrl(rawUrl).href;
  const existing = await db.subscriptions.where('url').equals(url).first();
  if (existing) return existing.id!;
  return (await db.subscriptions.add({
    url,
    title: '',
    etag: '',
    lastModified: '',
    lastError: '',
    count: 0,
    enabled: true,
    createdAt: now,
  })) as number;
}

export async function removeSubscription(db: AnningDb, id: number): Promise<number> {
  return db.transaction('rw', db.subscriptions, db.numbers, async () => {
    const removed = await removeSubscriptionItems(db, id);
    await db.subscriptions.delete(id);
    return removed;
  });
}

export interface RefreshResult {
  id: number;
  status: 'updated' | 'not_modified' | 'failed';
  report?: ApplyReport;
  error?: string;
}

/** Fetches one list (conditionally) and applies it. Never throws: failures are recorded. */
export async function refreshSubscription(
  db: AnningDb,
  id: number,
  opts: { fetcher?: Fetcher; now: number; status?: NumberStatus },
): Promise<RefreshResult> {
  const sub = await db.subscriptions.get(id);
  if (!sub) return { id, status: 'failed', error: 'no such subscription' };
  const fetcher = opts.fetcher ?? ((u, i) => fetch(u, i));
  const fail = async (error: string): Promise<RefreshResult> => {
    await db.subscriptions.update(id, { lastCheckedAt: opts.now, lastError: error });
    return { id, status: 'failed', error };
  };
  const headers: Record<string, string> = { accept: 'text/plain, text/csv, application/json;q=0.9, */*;q=0.5' };
  if (sub.etag) headers['if-none-match'] = sub.etag;
  if (sub.lastModified) headers['if-modified-since'] = sub.lastModified;
  let res: Response;
  try {
    res = await fetcher(sub.url, { method: 'GET', headers, credentials: 'omit', cache: 'no-store', redirect: 'follow', referrerPolicy: 'no-referrer' });
  } catch (err) {
    return fail(`network: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (res.status === 304) {
    await db.subscriptions.update(id, { lastCheckedAt: opts.now, lastError: '' });
    return { id, status: 'not_modified' };
  }
  if (!res.ok) return fail(`HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > MAX_LIST_CHARS * 4) return fail('the list is too large');
  const text = await res.text();
  let list;
  try {
    list = parseList(text, detectListFormat(text, `${new URL(sub.url).pathname} ${res.headers.get('content-type') ?? ''}`));
  } catch (err) {
    return fail(err instanceof ListError ? err.message : String(err));
  }
  const report = await db.transaction('rw', db.subscriptions, db.numbers, async () => {
    const r = await replaceSubscriptionItems(db, id, list.items, { now: opts.now, status: list.status ?? opts.status ?? 'suspected' });
    const patch: Partial<SubscriptionEntry> = {
      etag: res.headers.get('etag') ?? '',
      lastModified: res.headers.get('last-modified') ?? '',
      lastCheckedAt: opts.now,
      lastUpdatedAt: opts.now,
      lastError: '',
      count: new Set(list.items.map((i) => i.key)).size,
    };
    if (list.title) patch.title = list.title;
    await db.subscriptions.update(id, patch);
    return r;
  });
  return { id, status: 'updated', report };
}

/** Refreshes every enabled list not checked within `maxAgeMinutes`. */
export async function refreshDue(
  db: AnningDb,
  opts: { fetcher?: Fetcher; now: number; maxAgeMinutes?: number },
): Promise<RefreshResult[]> {
  const maxAge = (opts.maxAgeMinutes ?? REFRESH_MINUTES) * 60_000;
  const subs = await db.subscriptions.toArray();
  const out: RefreshResult[] = [];
  for (const s of subs) {
    if (!s.enabled || (s.lastCheckedAt !== undefined && opts.now - s.lastCheckedAt < maxAge - 60_000)) continue;
    out.push(await refreshSubscription(db, s.id!, opts));
  }
  return out;
}
