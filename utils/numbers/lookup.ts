/**
 * The book's answer to a page's lookup (numbers/lookup): which of the keys found on a page the book
 * flags. Pages ask about thousands of keys at a time, nearly all of them not in the book, and wait
 * for the answer before their flags show, so this is on the path of every page load.
 */
import type { AnningDb } from '../store/db';
import type { NumberEntry, NumberStatus } from '../store/types';

/** Statuses that put a flag on a page (未分类 does not). */
const FLAGGING: NumberStatus[] = ['collector', 'suspected', 'safe'];

/** Below this many keys, reading them one by one is cheap whatever the book's size. */
const FEW_KEYS = 64;

/**
 * How many numbers the book flagged when last read, per database: only a size, to choose the cheaper
 * way to read; never content, so no answer is ever stale.
 */
const flaggedSeen = new WeakMap<AnningDb, number>();

/**
 * The book entries that flag any of `keys`.
 *
 * Two ways to read them, and the cheaper one is chosen by the size of the book's flagged set as last
 * seen. Reading each key (bulkGet) is one IndexedDB request per key, ~25 µs each in Chromium's
 * service worker: 1,800 keys took 40–50 ms. Reading the keys of every flagged number through the
 * status index is one request per status and a few µs per book entry (1,000 entries: 3–9 ms), and
 * then only the keys on the page that are among them are read. Both reads share one transaction.
 */
export async function flaggedEntries(db: AnningDb, keys: readonly string[]): Promise<NumberEntry[]> {
  const wanted = [...new Set(keys)];
  if (wanted.length === 0) return [];
  return db.transaction('r', db.numbers, async () => {
    let ask = wanted;
    const seen = flaggedSeen.get(db);
    if (wanted.length >= FEW_KEYS && (seen === undefined || wanted.length * 6 > seen)) {
      const lists = await Promise.all(FLAGGING.map((s) => db.numbers.where('status').equals(s).primaryKeys()));
      const flagged = new Set<string>();
      for (const list of lists) for (const k of list) flagged.add(k);
      flaggedSeen.set(db, flagged.size);
      ask = wanted.filter((k) => flagged.has(k));
    }
    const found = ask.length ? await db.numbers.bulkGet(ask) : [];
    return found.filter((e): e is NumberEntry => !!e && e.status !== 'unknown');
  });
}
