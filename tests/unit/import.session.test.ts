import { describe, expect, it } from 'vitest';
import { route } from '../../utils/messaging/router';
import { handlers } from '../../utils/messaging/registry';
import type { request as requestFn } from '../../utils/messaging/client';
import { AnningDb } from '../../utils/store/db';
import { runImport } from '../../utils/import/run';
import { smsBackupProducer } from '../../utils/import/backupProducer';
import { openSessionCount } from '../../utils/import/session';

const ext = { isExtensionPage: true, url: 'chrome-extension://id/dashboard.html' };
const tab = { isExtensionPage: false, url: 'https://messages.google.com/web/', tabId: 4, frameId: 0 };
let n = 0;
const freshDb = () => new AnningDb(`import-${++n}-${Math.random()}`);

function sender(db: AnningDb, who: typeof ext | typeof tab = ext): typeof requestFn {
  return (async (type: string, payload: unknown) => {
    const r = await route(handlers, { anning: 1, type, payload }, { db, sender: who, now: () => 1_750_000_000_000 });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  }) as typeof requestFn;
}

const AT = 1_750_342_440_000;
const sms = (i: number, body = `第 ${i} 条催收短信`) => `<sms address="1712875${String(3000 + (i % 50)).padStart(4, '0')}" date="${AT + i * 1000}" type="1" body="${body}" />`;
const backup = (items: string[]) => new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n<smses count="${items.length}">\n${items.join('\n')}\n</smses>`]);

describe('import sessions', () => {
  it('stages many chunks and commits them in one go, with a report in `imports`', async () => {
    const db = freshDb();
    const items = Array.from({ length: 12_345 }, (_, i) => sms(i));
    const out = await runImport({ source: 'sms-backup', fileName: 'sms.xml', send: sender(db), produce: smsBackupProducer(backup(items), { batchSize: 2_000 }) });
    expect(out).toMatchObject({ status: 'committed', added: 12_345, duplicates: 0, rejected: 0 });
    expect(await db.messages.count()).toBe(12_345);
    const [log] = await db.imports.toArray();
    expect(log).toMatchObject({ source: 'sms-backup', fileName: 'sms.xml', added: 12_345, duplicates: 0, rejected: 0 });
    const stored = await db.messages.limit(1).first();
    expect(stored).toMatchObject({ source: 'sms-backup', sourceUrl: 'sms.xml', atPrecision: 'ms' });
    expect(openSessionCount()).toBe(0);
    // The same file again: every record a duplicate, counted across the commit's slices.
    const again = await runImport({ source: 'sms-backup', fileName: 'sms.xml', send: sender(db), produce: smsBackupProducer(backup(items), { batchSize: 5_000 }) });
    expect(again).toMatchObject({ status: 'committed', added: 0, duplicates: 12_345 });
    expect(await db.messages.count()).toBe(12_345);
  }, 180_000); // 25,000 records through fake-indexeddb: slow on a shared 2-core machine

  it('a second import of an overlapping file adds only what is new; identical messages keep their ordinals across chunks', async () => {
    const db = freshDb();
    // The same text in the same minute, three times, straddling chunk borders.
    const same = Array.from({ length: 3 }, () => `<sms address="13800138000" date="${AT}" type="1" body="还钱" />`);
    const first = [...Array.from({ length: 4 }, (_, i) => sms(i)), ...same];
    await runImport({ source: 'sms-backup', send: sender(db), produce: smsBackupProducer(backup(first), { batchSize: 2 }) });
    expect(await db.messages.count()).toBe(7);
    const again = await runImport({ source: 'sms-backup', send: sender(db), produce: smsBackupProducer(backup([...first, sms(99)]), { batchSize: 3 }) });
    expect(again).toMatchObject({ status: 'committed', added: 1, duplicates: 7 });
    expect(await db.messages.count()).toBe(8);
  });

  it('refuses the whole file when one record is unreadable, stores nothing and logs why with the line', async () => {
    const db = freshDb();
    const items = [...Array.from({ length: 30 }, (_, i) => sms(i)), '<sms address="10086" type="1" body="no date" />', sms(31)];
    const out = await runImport({ source: 'sms-backup', fileName: 'bad.xml', send: sender(db), produce: smsBackupProducer(backup(items), { batchSize: 10 }) });
    expect(out.status).toBe('refused');
    expect(out.lines[0]).toMatch(/^第 33 行.*缺少 date/);
    expect(await db.messages.count()).toBe(0);
    expect(await db.imports.toArray()).toMatchObject([{ fileName: 'bad.xml', added: 0, rejected: 1 }]);
    expect(openSessionCount()).toBe(0);
  });

  it('stores nothing when the XML breaks after many records were staged', async () => {
    const db = freshDb();
    const text = await backup(Array.from({ length: 500 }, (_, i) => sms(i))).text();
    const produce = smsBackupProducer(new Blob([text.slice(0, -200)]), { batchSize: 50 });
    await expect(runImport({ source: 'sms-backup', fileName: 'cut.xml', send: sender(db), produce })).rejects.toThrow(/不完整/);
    expect(await db.messages.count()).toBe(0);
    // The refusal is in the import log with its position.
    expect(await db.imports.toArray()).toMatchObject([{ fileName: 'cut.xml', added: 0, messages: [expect.stringMatching(/^第 \d+ 行第 \d+ 列：文件不完整/)] }]);
    expect(openSessionCount()).toBe(0);
  });

  it('cancelling drops everything staged', async () => {
    const db = freshDb();
    const ctrl = new AbortController();
    const produce = smsBackupProducer(backup(Array.from({ length: 3_000 }, (_, i) => sms(i))), {
      batchSize: 100,
      signal: ctrl.signal,
      onProgress: (p) => p.counts.sms > 500 && ctrl.abort(),
    });
    const out = await runImport({ source: 'sms-backup', send: sender(db), produce, signal: ctrl.signal });
    expect(out.status).toBe('cancelled');
    expect(await db.messages.count()).toBe(0);
    expect(openSessionCount()).toBe(0);
  });

  it('a session belongs to its sender: another tab can neither add to nor commit it', async () => {
    const db = freshDb();
    const mine = sender(db, tab);
    const other = sender(db, { ...tab, tabId: 99 });
    const { sessionId } = await mine('import/begin', { source: 'google-messages' });
    const msg = { numberRaw: '10086', direction: 'in', at: AT, text: 'x' } as const;
    await expect(other('import/chunk', { sessionId, messages: [msg] })).rejects.toThrow(/不存在/);
    await expect(other('import/commit', { sessionId })).rejects.toThrow(/不存在/);
    await mine('import/chunk', { sessionId, messages: [msg] });
    expect(await mine('import/commit', { sessionId })).toMatchObject({ messages: { added: 1 } });
    // Committed sessions are gone.
    await expect(mine('import/commit', { sessionId })).rejects.toThrow(/不存在/);
  });

  it('a chunk that fails sealing ends the session and names the record', async () => {
    const db = freshDb();
    const send = sender(db);
    const { sessionId } = await send('import/begin', { source: 'csv' });
    await expect(send('import/chunk', { sessionId, calls: [{ numberRaw: '1', direction: 'in', at: AT, durationSec: -1 }] })).rejects.toThrow(/calls: record 0 field durationSec/);
    await expect(send('import/commit', { sessionId })).rejects.toThrow(/不存在/);
    expect(await db.calls.count()).toBe(0);
  });

  it('rejects chunks over the protocol cap', async () => {
    const db = freshDb();
    const send = sender(db);
    const { sessionId } = await send('import/begin', { source: 'csv' });
    const msg = { numberRaw: '10086', direction: 'in', at: AT, text: 'x' };
    await expect(send('import/chunk', { sessionId, messages: Array.from({ length: 10_001 }, () => msg) } as never)).rejects.toThrow();
    await send('import/abort', { sessionId });
  });
});
