// Row tallies (schema v3) must equal a real count after every kind of write, move with the rows in
// the same transaction (an aborted write changes neither), and be created for stores that predate them.
import { Dexie, liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { MessageRecord } from '../../utils/evidence/types';
import { handlers } from '../../utils/messaging/registry';
import { route } from '../../utils/messaging/router';
import { AnningDb } from '../../utils/store/db';
import { bumpTallyRaw, countRows, ensureTally } from '../../utils/store/tallies';
import { visibleEvidence } from '../../utils/store/visible';

let n = 0;
const name = () => `tallies-${++n}-${Math.random()}`;
const row = (i: number): MessageRecord =>
  ({
    id: `m_${i}`, kind: 'message', number: '+8617128753039', numberRaw: '17128753039', direction: 'in', at: 1_750_000_000_000 + i,
    atPrecision: 'min', atRaw: '', text: `第 ${i} 条`, channel: 'sms', source: 'manual', sourceUrl: '', capturedAt: 1_750_000_000_000,
    hash: 'x'.repeat(64), owner: 'borrower', notes: '', tags: [], attachmentIds: [],
  }) as unknown as MessageRecord;

async function expectTallied(db: AnningDb) {
  for (const t of ['messages', 'calls'] as const) {
    const tally = await db.tallies.get(t);
    expect(tally?.count, `tally of ${t}`).toBe(await db.table(t).count());
  }
}

describe('row tallies', () => {
  it('a new store starts at zero and follows add, put, delete, clear, modify', async () => {
    const db = new AnningDb(name());
    expect(await db.tallies.get('messages')).toEqual({ table: 'messages', count: 0 });
    await db.messages.add(row(1));
    await db.messages.bulkAdd([row(2), row(3), row(4)]);
    await expectTallied(db);
    // put over existing rows adds nothing; put of new rows does; a repeated key in one bulkPut counts once.
    await db.messages.bulkPut([row(1), row(2), row(5), row(5)]);
    expect(await countRows(db, 'messages')).toBe(5);
    await expectTallied(db);
    await db.messages.where('id').anyOf('m_1', 'm_9').modify({ notes: 'x' });
    await db.messages.update('m_2', { notes: 'y' });
    await expectTallied(db);
    // Deleting a missing key takes nothing off.
    await db.messages.bulkDelete(['m_1', 'm_404']);
    await db.messages.delete('m_405');
    expect(await countRows(db, 'messages')).toBe(4);
    await db.messages.where('at').above(1_750_000_000_003).delete();
    await expectTallied(db);
    await db.messages.clear();
    expect(await countRows(db, 'messages')).toBe(0);
    await expectTallied(db);
  });

  it('a bulkAdd with duplicates counts only the rows that went in', async () => {
    const db = new AnningDb(name());
    await db.messages.bulkAdd([row(1), row(2)]);
    await expect(db.transaction('rw', db.messages, () => db.messages.bulkAdd([row(2), row(3), row(3), row(4)]))).rejects.toThrow();
    // The failed transaction wrote nothing, neither rows nor tally.
    await expectTallied(db);
    expect(await countRows(db, 'messages')).toBe(2);
    // Outside an explicit transaction Dexie keeps the rows that could be added.
    await db.messages.bulkAdd([row(2), row(3), row(3), row(4)]).catch(() => {});
    await expectTallied(db);
    expect(await countRows(db, 'messages')).toBe(4);
  });

  it('an aborted transaction leaves rows and tally as they were', async () => {
    const db = new AnningDb(name());
    await db.messages.bulkAdd([row(1), row(2)]);
    await expect(
      db.transaction('rw', db.messages, db.calls, async () => {
        await db.messages.bulkAdd([row(3), row(4)]);
        await db.messages.delete('m_1');
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    await expectTallied(db);
    expect(await countRows(db, 'messages')).toBe(2);
  });

  it('interleaved writes in one transaction lose no change', async () => {
    const db = new AnningDb(name());
    await db.transaction('rw', db.messages, async () => {
      await Promise.all([
        db.messages.bulkAdd([row(1), row(2), row(3)]),
        db.messages.bulkAdd([row(4), row(5)]),
        db.messages.add(row(6)),
        db.messages.bulkPut([row(7), row(1)]),
      ]);
    });
    await expectTallied(db);
    expect(await countRows(db, 'messages')).toBe(7);
  });

  it('a missing tally is counted once and kept; a store from schema v2 gets its tallies on upgrade', async () => {
    const dbName = name();
    // A v2 store with records, opened by the schema of the day it was written.
    const v2 = new Dexie(dbName);
    v2.version(1).stores({ messages: 'id, number, at, caseId, source, capturedAt, [number+at]', calls: 'id, number, at, caseId, source, capturedAt, [number+at]', settings: 'key' });
    v2.version(2).stores({ messages: 'id, number, at, caseId, capturedAt', calls: 'id, number, at, caseId, capturedAt', pendingImports: '++id', pendingChunks: '++id, session' });
    await v2.table('messages').bulkAdd([row(1), row(2), row(3)]);
    v2.close();
    const db = new AnningDb(dbName);
    expect(await db.tallies.get('messages')).toEqual({ table: 'messages', count: 3 });
    expect(await visibleEvidence(db).messages.count()).toBe(3);
    // Lost tally (written behind the store's back): the reader still gets the truth, and it is kept.
    await db.tallies.clear();
    expect(await visibleEvidence(db).messages.count()).toBe(3);
    expect(await ensureTally(db, 'messages')).toBe(3);
    await db.messages.add(row(4));
    expect(await db.tallies.get('messages')).toEqual({ table: 'messages', count: 4 });
  });

  it('random write sequences keep the tally equal to the count', async () => {
    const db = new AnningDb(name());
    let seed = 7;
    const rand = (k: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % k);
    for (let step = 0; step < 60; step++) {
      const ids = Array.from({ length: 1 + rand(6) }, () => rand(30));
      const op = rand(4);
      if (op === 0) await db.messages.bulkAdd(ids.map(row)).catch(() => {});
      else if (op === 1) await db.messages.bulkPut(ids.map(row));
      else if (op === 2) await db.messages.bulkDelete(ids.map((i) => `m_${i}`));
      else await db.transaction('rw', db.messages, db.calls, async () => { await db.messages.bulkPut(ids.map(row)); await db.messages.bulkDelete([`m_${ids[0]}`]); });
    }
    await expectTallied(db);
  });
});

describe('readers count by the tally', () => {
  it('visibleEvidence().count() reads the tally, not the rows', async () => {
    const db = new AnningDb(name());
    await db.messages.bulkAdd([row(1), row(2)]);
    expect(await visibleEvidence(db).messages.count()).toBe(2);
    // Proof that the count comes from the tally: change the tally alone (as no real writer does).
    await db.tallies.put({ table: 'messages', count: 1_000 });
    expect(await visibleEvidence(db).messages.count()).toBe(1_000);
  });
});

describe('live counts', () => {
  it('a live query of the count sees writes (the tally change wakes it)', async () => {
    const db = new AnningDb(name());
    await db.messages.add(row(1));
    const seen: number[] = [];
    const sub = liveQuery(() => visibleEvidence(db).messages.count()).subscribe({ next: (n) => seen.push(n) });
    const waitFor = async (n: number) => {
      for (let i = 0; i < 100 && seen.at(-1) !== n; i++) await new Promise((ok) => setTimeout(ok, 10));
      expect(seen.at(-1)).toBe(n);
    };
    await waitFor(1);
    await db.messages.bulkAdd([row(2), row(3)]);
    await waitFor(3);
    await db.messages.delete('m_1');
    await waitFor(2);
    sub.unsubscribe();
  });
});

describe('row tallies through imports', () => {
  const ext = { isExtensionPage: true, url: 'chrome-extension://id/dashboard.html' };
  const sender = (db: AnningDb) => async (type: string, payload: unknown) => {
    const r = await route(handlers, { anning: 1, type, payload }, { db, sender: ext, now: () => 1_750_000_000_000 });
    if (!r.ok) throw new Error(r.error.message);
    return r.value as Record<string, unknown>;
  };
  const msg = (i: number) => ({ numberRaw: '17128753039', direction: 'in' as const, at: 1_750_342_440_000 + i * 60_000, text: `第 ${i} 条` });

  it('chunks written with IndexedDB itself, a rollback and a commit keep the tally equal to the count', async () => {
    const db = new AnningDb(name());
    const send = sender(db);
    await send('evidence/save', { source: 'manual', messages: [msg(0)] });
    // An import that is rolled back: its chunks went in raw, its rollback goes through Dexie.
    const first = await send('import/begin', { source: 'sms-backup' });
    await send('import/chunk', { sessionId: first.sessionId, messages: Array.from({ length: 40 }, (_, i) => msg(i + 1)) });
    await expectTallied(db);
    expect(await visibleEvidence(db).messages.count()).toBe(1);
    await send('import/abort', { sessionId: first.sessionId });
    await expectTallied(db);
    // One that commits, re-sending a record that is already stored.
    const second = await send('import/begin', { source: 'sms-backup' });
    await send('import/chunk', { sessionId: second.sessionId, messages: Array.from({ length: 30 }, (_, i) => msg(i)) });
    await send('import/commit', { sessionId: second.sessionId });
    await expectTallied(db);
    expect(await visibleEvidence(db).messages.count()).toBe(30);
  });
});

describe('row tallies for raw IndexedDB writers', () => {
  it('bumpTallyRaw moves the tally with rows written in the same raw transaction, and not if it aborts', async () => {
    const db = new AnningDb(name());
    await db.open();
    const write = (rows: MessageRecord[], abort: boolean) =>
      new Promise<void>((ok) => {
        const tx = db.backendDB().transaction(['messages', 'tallies'], 'readwrite');
        tx.oncomplete = () => ok();
        tx.onabort = () => ok();
        for (const r of rows) tx.objectStore('messages').add(r);
        bumpTallyRaw(tx, 'messages', rows.length);
        if (abort) tx.abort();
      });
    await write([row(1), row(2)], false);
    await write([row(3)], true);
    await expectTallied(db);
    expect(await countRows(db, 'messages')).toBe(2);
  });
});
