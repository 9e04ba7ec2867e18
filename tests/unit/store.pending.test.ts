// Imports write chunk by chunk into the real tables (schema v2): their rows must stay invisible to
// every reader until the commit, vanish on abort or after a crash, and never take anyone else's rows.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie, liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { route } from '../../utils/messaging/router';
import { handlers } from '../../utils/messaging/registry';
import type { request as requestFn } from '../../utils/messaging/client';
import { AnningDb } from '../../utils/store/db';
import { visibleEvidence } from '../../utils/store/visible';
import { recoverPendingImports } from '../../utils/import/session';
import { sealMessages } from '../../utils/evidence/seal';
import { saveMessages } from '../../utils/store/evidence';
import { contactCounts, numberStats } from '../../utils/numbers/stats';
import { loadCaseEvidence } from '../../utils/complaints/store';
import { createBackup, restoreBackup } from '../../utils/export/backup';
import { deleteEvidence, undoDelete } from '../../utils/export/trash';

let n = 0;
const freshDb = () => new AnningDb(`pending-${++n}-${Math.random()}`);
const ext = { isExtensionPage: true, url: 'chrome-extension://id/dashboard.html' };
const NOW = 1_750_000_000_000;
const AT = 1_750_342_440_000;

function sender(db: AnningDb): typeof requestFn {
  return (async (type: string, payload: unknown) => {
    const r = await route(handlers, { anning: 1, type, payload }, { db, sender: ext, now: () => NOW });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  }) as typeof requestFn;
}

const msg = (i: number, number = '17128753039') => ({ numberRaw: number, direction: 'in' as const, at: AT + i * 60_000, text: `第 ${i} 条` });
const call = (i: number) => ({ numberRaw: '075588881234', direction: 'missed' as const, at: AT + i * 60_000 });

async function everyReader(db: AnningDb) {
  const ev = visibleEvidence(db);
  const send = sender(db);
  return {
    counts: await send('evidence/counts', {}),
    messages: (await ev.messages.toArray()).length,
    calls: (await ev.calls.toArray()).length,
    newest: (await ev.messages.toArray((t) => t.orderBy('at').reverse(), { limit: 2 })).map((r) => r.text),
    byNumber: (await numberStats(db, '+8617128753039')).messages,
    contacts: (await contactCounts(db)).get('+8617128753039')?.messages ?? 0,
    backup: (await createBackup(db)).tables.messages.length,
    captured: await ev.messages.countWhere((t) => t.where('capturedAt').above(0)),
    unbacked: await ev.messages.countCapturedAfter(0),
    keys: (await ev.messages.primaryKeys((t) => t.where('number').equals('+8617128753039'))).length,
    verified: (await send('evidence/verify', {})).checked,
  };
}

describe('pending imports (schema v2)', () => {
  it('rows of an import in progress are invisible to every reader until the commit', async () => {
    const db = freshDb();
    const send = sender(db);
    // One record stored before, older than everything the import brings.
    await send('evidence/save', { source: 'manual', messages: [msg(0)] });
    const caseId = (await db.cases.add({ name: '速借宝', kind: 'unlicensed', serviceNumber: '', loan: {}, notes: '', createdAt: NOW, updatedAt: NOW })) as number;
    const { sessionId } = await send('import/begin', { source: 'sms-backup', fileName: 'sms.xml', caseId });
    await send('import/chunk', { sessionId, messages: Array.from({ length: 30 }, (_, i) => msg(i + 1)), calls: [call(1), call(2)] });
    await send('import/chunk', { sessionId, messages: Array.from({ length: 30 }, (_, i) => msg(i + 31)) });
    // Written to the real tables already…
    expect(await db.messages.count()).toBe(61);
    // …but no reader sees them.
    expect(await everyReader(db)).toEqual({
      counts: { messages: 1, calls: 0 }, messages: 1, calls: 0, newest: ['第 0 条'], byNumber: 1, contacts: 1, backup: 1, captured: 1, unbacked: 1, keys: 1, verified: 1,
    });
    expect((await loadCaseEvidence(db, caseId)).messages).toHaveLength(0);
    expect(await db.imports.count()).toBe(0);

    const r = await send('import/commit', { sessionId });
    expect(r).toMatchObject({ messages: { added: 60, duplicates: 0 }, calls: { added: 2, duplicates: 0 } });
    expect(await everyReader(db)).toEqual({
      counts: { messages: 61, calls: 2 }, messages: 61, calls: 2, newest: ['第 60 条', '第 59 条'], byNumber: 61, contacts: 61, backup: 61, captured: 61, unbacked: 61, keys: 61, verified: 63,
    });
    // Which session wrote a row is the store's bookkeeping, not evidence: backups leave it out.
    expect((await db.messages.toArray()).filter((r) => r.importSession !== undefined)).toHaveLength(60);
    expect((await createBackup(db)).tables.messages.filter((r) => 'importSession' in r)).toEqual([]);
    expect((await loadCaseEvidence(db, caseId)).messages).toHaveLength(60);
    expect(await db.pendingImports.count()).toBe(0);
    expect(await db.pendingChunks.count()).toBe(0);
    // The row tallies moved with the chunks written behind Dexie's back.
    expect(await db.tallies.get('messages')).toEqual({ table: 'messages', count: 61 });
    expect(await db.tallies.get('calls')).toEqual({ table: 'calls', count: 2 });
  });

  it('live queries of visible evidence are not woken by pending chunks, and see the commit', async () => {
    const db = freshDb();
    const send = sender(db);
    const seen: number[] = [];
    const sub = liveQuery(() => visibleEvidence(db).messages.count()).subscribe((v) => seen.push(v));
    const settle = () => new Promise((ok) => setTimeout(ok, 50));
    await settle();
    const { sessionId } = await send('import/begin', { source: 'sms-backup' });
    await settle();
    const runsBefore = seen.length;
    for (let c = 0; c < 3; c++) {
      await send('import/chunk', { sessionId, messages: Array.from({ length: 60 }, (_, i) => msg(c * 100 + i)) });
      await settle();
    }
    // Every pending chunk is its own transaction, and none of them re-ran the query.
    expect(seen.length).toBe(runsBefore);
    await send('import/commit', { sessionId });
    await settle();
    sub.unsubscribe();
    expect(seen.at(-1)).toBe(180);
    expect(seen.every((v) => v === 0 || v === 180)).toBe(true);
  });

  it('abort deletes what the import wrote and nothing else', async () => {
    const db = freshDb();
    const send = sender(db);
    await send('evidence/save', { source: 'manual', messages: [msg(0)] });
    const { sessionId } = await send('import/begin', { source: 'sms-backup' });
    await send('import/chunk', { sessionId, messages: [msg(0), msg(1), msg(2)] });
    expect(await db.messages.count()).toBe(3);
    expect(await send('import/abort', { sessionId })).toMatchObject({ aborted: true });
    expect((await db.messages.toArray()).map((r) => r.text)).toEqual(['第 0 条']);
    expect(await db.pendingImports.count()).toBe(0);
    expect(await db.pendingChunks.count()).toBe(0);
  });

  it('after a crash, the next start rolls back what the lost session wrote, also when a rollback was cut short', async () => {
    const db = freshDb();
    const kept = await sealMessages([msg(0)], { source: 'manual', sourceUrl: '', capturedAt: NOW });
    await saveMessages(db, kept);
    // What a service worker stopped mid-import leaves behind: rows, their lists, the session row.
    const lost = await sealMessages([msg(1), msg(2), msg(3)], { source: 'sms-backup', sourceUrl: 'sms.xml', capturedAt: NOW });
    const cut = await sealMessages([msg(4)], { source: 'sms-backup', sourceUrl: 'b.xml', capturedAt: NOW });
    await db.transaction('rw', [db.messages, db.pendingImports, db.pendingChunks], async () => {
      await db.messages.bulkAdd([...lost, ...cut]);
      await db.pendingImports.bulkAdd([
        { id: 7, startedAt: NOW - 1000, source: 'sms-backup', state: 'open', messages: 3, calls: 0 },
        { id: 8, startedAt: NOW - 1000, source: 'sms-backup', state: 'aborting', messages: 1, calls: 0 },
      ]);
      await db.pendingChunks.bulkAdd([
        { session: 7, messages: [lost[0]!.id, lost[1]!.id], calls: [] },
        { session: 7, messages: [lost[2]!.id], calls: [] },
        { session: 8, messages: [cut[0]!.id], calls: [] },
      ]);
    });
    expect(await visibleEvidence(db).messages.count()).toBe(1);
    // A session begun after the worker started is live, not abandoned.
    const { sessionId } = await sender(db)('import/begin', { source: 'csv' });
    await sender(db)('import/chunk', { sessionId, messages: [msg(9)] });
    expect(await recoverPendingImports(db, NOW)).toEqual({ sessions: 2, deleted: 4 });
    expect((await db.messages.toArray()).map((r) => r.text).sort()).toEqual(['第 0 条', '第 9 条']);
    expect(await db.pendingImports.count()).toBe(1);
    await sender(db)('import/commit', { sessionId });
    expect(await visibleEvidence(db).messages.count()).toBe(2);
  });

  it('a capture of a record a pending import also wrote keeps it, even when the import is rolled back', async () => {
    const db = freshDb();
    const send = sender(db);
    const { sessionId } = await send('import/begin', { source: 'sms-backup' });
    await send('import/chunk', { sessionId, messages: [msg(1), msg(2)] });
    const saved = await send('evidence/save', { source: 'google-messages', messages: [msg(1, '+86 171 2875 3039')] });
    expect(saved.messages).toEqual({ added: 1, duplicates: 0 });
    expect(await visibleEvidence(db).messages.count()).toBe(1);
    await send('import/abort', { sessionId });
    expect((await visibleEvidence(db).messages.toArray()).map((r) => r.text)).toEqual(['第 1 条']);
    expect(await db.messages.count()).toBe(1);
  });

  it('restore and undo claim pending rows instead of losing them to a rollback', async () => {
    const db = freshDb();
    const send = sender(db);
    await send('evidence/save', { source: 'manual', messages: [msg(1), msg(2)] });
    const backup = await createBackup(db);
    const ids = (await db.messages.toArray()).map((r) => r.id);
    const { trashId } = await deleteEvidence(db, [ids[0]!], NOW, 'test');
    // Gone from the store; now an import writes both records again (pending), and the user undoes,
    // and restores the backup, before the import is rolled back.
    const { sessionId } = await send('import/begin', { source: 'sms-backup' });
    await send('import/chunk', { sessionId, messages: [msg(1), msg(2), msg(3)] });
    expect(await visibleEvidence(db).messages.count()).toBe(1);
    await undoDelete(db, trashId);
    const report = await restoreBackup(db, backup, { evidenceOnly: true });
    expect(report.messages).toEqual({ added: 0, duplicates: 2 });
    await send('import/abort', { sessionId });
    expect((await db.messages.toArray()).map((r) => r.text).sort()).toEqual(['第 1 条', '第 2 条']);
  });

  it('two imports of overlapping records: the record survives whichever of them is committed', async () => {
    for (const order of ['a-aborts-first', 'b-commits-first', 'a-commits-first'] as const) {
      const db = freshDb();
      const send = sender(db);
      const a = (await send('import/begin', { source: 'sms-backup' })).sessionId;
      const b = (await send('import/begin', { source: 'csv' })).sessionId;
      await send('import/chunk', { sessionId: a, messages: [msg(1), msg(2)] });
      await send('import/chunk', { sessionId: b, messages: [msg(2), msg(3)] });
      if (order === 'a-aborts-first') {
        await send('import/abort', { sessionId: a });
        expect(await send('import/commit', { sessionId: b })).toMatchObject({ messages: { added: 2, duplicates: 0 } });
        expect((await visibleEvidence(db).messages.toArray()).map((r) => r.text).sort()).toEqual(['第 2 条', '第 3 条']);
      } else if (order === 'b-commits-first') {
        expect(await send('import/commit', { sessionId: b })).toMatchObject({ messages: { added: 2, duplicates: 0 } });
        await send('import/abort', { sessionId: a });
        expect((await visibleEvidence(db).messages.toArray()).map((r) => r.text).sort()).toEqual(['第 2 条', '第 3 条']);
      } else {
        expect(await send('import/commit', { sessionId: a })).toMatchObject({ messages: { added: 2, duplicates: 0 } });
        expect(await send('import/commit', { sessionId: b })).toMatchObject({ messages: { added: 1, duplicates: 1 } });
        expect((await visibleEvidence(db).messages.toArray()).map((r) => r.text).sort()).toEqual(['第 1 条', '第 2 条', '第 3 条']);
      }
      expect(await db.messages.count()).toBe(await visibleEvidence(db).messages.count());
      expect(await db.pendingImports.count()).toBe(0);
    }
  });

  it('re-importing what is stored adds nothing: duplicates found by id, chunk by chunk', async () => {
    const db = freshDb();
    const send = sender(db);
    for (let round = 0; round < 2; round++) {
      const { sessionId } = await send('import/begin', { source: 'sms-backup' });
      await send('import/chunk', { sessionId, messages: [msg(1), msg(2), msg(1)] });
      await send('import/chunk', { sessionId, messages: [msg(1), msg(4)], calls: [call(1)] });
      const r = await send('import/commit', { sessionId });
      // msg(1) three times: three records (ordinals 0, 1, 2), the same three ids the second time.
      expect(r).toMatchObject(round === 0 ? { messages: { added: 5, duplicates: 0 }, calls: { added: 1 } } : { messages: { added: 0, duplicates: 5 }, calls: { added: 0, duplicates: 1 } });
    }
    expect(await db.messages.count()).toBe(5);
  });
});

describe('schema upgrade v1 → v2', () => {
  it('keeps every v1 row and the queries readers use; drops the unused indexes; adds the pending tables', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      messages: 'id, number, at, caseId, source, capturedAt, [number+at]',
      calls: 'id, number, at, caseId, source, capturedAt, [number+at]',
      numbers: 'key, status, caseId, source, subscriptionId, *tags, updatedAt',
      cases: '++id, name',
      complaints: '++id, caseId, channel, status, dueAt',
      drafts: '++id, caseId, channel, updatedAt',
      attachments: 'id, recordId, caseId, capturedAt',
      settings: 'key',
      subscriptions: '++id, &url',
      trash: '++id, deletedAt',
      imports: '++id, at',
    });
    const records = await sealMessages([msg(1), msg(2), msg(3, '10086')], { source: 'manual', sourceUrl: '', capturedAt: NOW, caseId: 3 });
    await v1.table('messages').bulkAdd(records);
    await v1.table('calls').add({ id: 'c_1', kind: 'call', number: '+8675588881234', at: AT, capturedAt: NOW });
    await v1.table('imports').add({ at: NOW, source: 'csv', fileName: 'a.csv', added: 3, duplicates: 0, rejected: 0, messages: [] });
    await v1.table('settings').put({ key: 'backup.last', value: { at: NOW } });
    v1.close();

    const db = new AnningDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2); // later versions (v3 tallies) stack on top
    expect(await db.messages.toArray()).toEqual(records);
    expect(await db.calls.count()).toBe(1);
    expect(await db.imports.count()).toBe(1);
    expect(await db.settings.get('backup.last')).toEqual({ key: 'backup.last', value: { at: NOW } });
    const indexes = (t: string) => db.table(t).schema.indexes.map((i) => i.name).sort();
    expect(indexes('messages')).toEqual(['at', 'capturedAt', 'caseId', 'number']);
    expect(indexes('calls')).toEqual(['at', 'capturedAt', 'caseId', 'number']);
    // The indexes readers query still answer.
    const ev = visibleEvidence(db);
    expect(await ev.messages.countWhere((t) => t.where('number').equals('10086'))).toBe(1);
    expect(await ev.messages.countWhere((t) => t.where('caseId').equals(3))).toBe(3);
    expect((await ev.messages.toArray((t) => t.orderBy('at').reverse(), { limit: 1 }))[0]!.text).toBe('第 3 条');
    expect(await db.pendingImports.count()).toBe(0);
    // And an import works on the upgraded store.
    const send = sender(db);
    const { sessionId } = await send('import/begin', { source: 'sms-backup' });
    await send('import/chunk', { sessionId, messages: [msg(1), msg(9)] });
    expect(await send('import/commit', { sessionId })).toMatchObject({ messages: { added: 1, duplicates: 1 } });
  });
});

describe('every reader goes through visibleEvidence', () => {
  // Direct reads of the evidence tables anywhere else would show rows of imports not committed yet.
  const READ = /(\bdb|getDb\(\))\.(messages|calls)\.(count|toArray|each|get|bulkGet|where|orderBy|filter|toCollection|limit|reverse|offset|primaryKeys|first|last)\(/;
  const WRITE = /\.(modify|delete|bulkDelete|bulkPut|bulkAdd|add|put|update)\(/;
  // Store internals and writers that check pending rows themselves.
  const ALLOWED = new Set(['utils/store/visible.ts', 'utils/store/pending.ts', 'utils/store/evidence.ts', 'utils/import/session.ts']);
  const root = join(__dirname, '../..');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(join(root, dir))) {
      const rel = `${dir}/${f}`;
      if (statSync(join(root, rel)).isDirectory()) walk(rel);
      else if (/\.(ts|tsx|mjs)$/.test(f)) files.push(rel);
    }
  };
  for (const dir of ['utils', 'entrypoints', 'components']) walk(dir);

  it('no module outside the store reads messages or calls directly', () => {
    const offenders: string[] = [];
    for (const f of files) {
      if (ALLOWED.has(f)) continue;
      readFileSync(join(root, f), 'utf8').split('\n').forEach((line, i) => {
        if (READ.test(line) && !WRITE.test(line)) offenders.push(`${f}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
