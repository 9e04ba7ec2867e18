import { describe, expect, it } from 'vitest';
import { saveNumber } from '../../utils/numbers/book';
import { flaggedEntries } from '../../utils/numbers/lookup';
import { AnningDb } from '../../utils/store/db';
import type { NumberStatus } from '../../utils/store/types';

let n = 0;
const freshDb = () => new AnningDb(`lookup-${++n}-${Math.random()}`);
const NOW = 1_760_000_000_000;
const mobile = (i: number) => `+86139${String(i).padStart(8, '0')}`;
const keysOf = (entries: Array<{ key: string }>) => entries.map((e) => e.key).sort();

async function book(statuses: NumberStatus[]) {
  const db = freshDb();
  await db.numbers.bulkPut(
    statuses.map((status, i) => ({
      key: mobile(i), display: '', kind: 'mobile' as const, status, label: '', lender: '', caseId: null, tags: [], source: 'import' as const,
      notes: '', createdAt: NOW, updatedAt: NOW,
    })) as never,
  );
  return db;
}

describe("the book's answer to a page's lookup", () => {
  const statuses: NumberStatus[] = Array.from({ length: 300 }, (_, i) => (['collector', 'suspected', 'safe', 'unknown'] as const)[i % 4]!);
  const flagged = statuses.flatMap((s, i) => (s === 'unknown' ? [] : [mobile(i)])).sort();

  it('answers the flagged keys among many (read through the status index), never 未分类', async () => {
    const db = await book(statuses);
    // The page's keys: every book number, twice, and 2,000 that are not in the book.
    const asked = [...statuses.map((_, i) => mobile(i)), ...statuses.map((_, i) => mobile(i)), ...Array.from({ length: 2000 }, (_, i) => mobile(10_000 + i))];
    const got = await flaggedEntries(db, asked);
    expect(keysOf(got)).toEqual(flagged);
    expect(got.every((e) => e.status !== 'unknown')).toBe(true);
  });

  it('gives the same answer for a few keys (read one by one) and for a large book', async () => {
    const db = await book(statuses);
    expect(keysOf(await flaggedEntries(db, [mobile(0), mobile(3), mobile(5), mobile(99_999)]))).toEqual([mobile(0), mobile(5)]);
    // After a read of the whole flagged set, 100 keys against a book of 225 flagged take the other way.
    await flaggedEntries(db, Array.from({ length: 2000 }, (_, i) => mobile(i)));
    const hundred = Array.from({ length: 100 }, (_, i) => mobile(i));
    expect(keysOf(await flaggedEntries(db, hundred))).toEqual(flagged.filter((k) => hundred.includes(k)));
    expect(await flaggedEntries(db, [])).toEqual([]);
  });

  it('is never stale: a number marked after a read is in the next answer', async () => {
    const db = await book(statuses);
    const asked = Array.from({ length: 500 }, (_, i) => mobile(i));
    expect(keysOf(await flaggedEntries(db, asked))).toEqual(flagged);
    await saveNumber(db, mobile(400), { status: 'collector' }, { now: NOW + 1 });
    await saveNumber(db, mobile(0), { status: 'unknown' }, { now: NOW + 1 });
    expect(keysOf(await flaggedEntries(db, asked))).toEqual([...flagged.filter((k) => k !== mobile(0)), mobile(400)].sort());
  });
});
