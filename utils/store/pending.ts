/**
 * Rows of imports that are not committed yet (schema v2). An import session writes each chunk
 * straight into `messages` / `calls`, one transaction per chunk; every row carries the session's key
 * (`importSession`), and the ids of each chunk are listed in `pendingChunks` for the rollback. While
 * the session's `pendingImports` row exists its rows are left out by every reader (store/visible.ts);
 * the commit deletes that row, and all of them are visible at once. Rolling back deletes the listed
 * rows chunk by chunk, then the session row — a crash halfway is finished at the next start.
 *
 * Another writer that meets a pending row with the same id (a capture saving the same SMS, a backup
 * restore, an undo, another import's commit) *claims* it: the row loses its session tag and leaves the
 * session's list, so it is visible now and a later rollback no longer deletes it. Nothing stored by
 * anyone else is ever removed.
 */
import type { CallRecord, MessageRecord } from '../evidence/types';
import type { AnningDb } from './db';
import type { PendingChunkEntry, PendingImportEntry } from './types';

export type EvidenceTableName = 'messages' | 'calls';

export interface PendingState {
  /** Keys of the sessions whose rows are hidden (open or rolling back). */
  sessions: Set<number>;
  /** Their rows per table: a table's visible count is its count minus this. */
  counts: { messages: number; calls: number };
  entries: PendingImportEntry[];
}

/** The pending sessions: one small read (a few rows), whatever the size of the imports. */
export async function pendingState(db: AnningDb): Promise<PendingState> {
  const entries = await db.pendingImports.toArray();
  const state: PendingState = { sessions: new Set(), counts: { messages: 0, calls: 0 }, entries };
  for (const s of entries) {
    state.sessions.add(s.id!);
    state.counts.messages += s.messages;
    state.counts.calls += s.calls;
  }
  return state;
}

/** True when a reader must not see this row. */
export function isPending(row: { importSession?: number }, state: PendingState): boolean {
  return row.importSession !== undefined && state.sessions.has(row.importSession);
}

/**
 * Makes these rows visible now if a pending session wrote them (see the file comment). Call inside a
 * read-write transaction over the table, `pendingImports` and `pendingChunks`. Returns the ids claimed.
 */
export async function claimPending(db: AnningDb, table: EvidenceTableName, ids: readonly string[]): Promise<Set<string>> {
  const claimed = new Set<string>();
  if (!ids.length) return claimed;
  const state = await pendingState(db);
  if (!state.sessions.size) return claimed;
  const t = db.table<MessageRecord | CallRecord, string>(table);
  const rows = (await t.bulkGet([...ids])).filter((r): r is MessageRecord | CallRecord => r !== undefined && isPending(r, state));
  if (!rows.length) return claimed;
  const bySession = new Map<number, Set<string>>();
  for (const r of rows) {
    claimed.add(r.id);
    const set = bySession.get(r.importSession!) ?? new Set<string>();
    set.add(r.id);
    bySession.set(r.importSession!, set);
    delete r.importSession;
  }
  await t.bulkPut(rows);
  for (const [session, gone] of bySession) {
    for (const chunk of await db.pendingChunks.where('session').equals(session).toArray()) {
      const kept = chunk[table].filter((id) => !gone.has(id));
      if (kept.length !== chunk[table].length) await db.pendingChunks.update(chunk.id!, { [table]: kept } as Partial<PendingChunkEntry>);
    }
    const s = await db.pendingImports.get(session);
    if (s) await db.pendingImports.update(session, { [table]: Math.max(0, s[table] - gone.size) });
  }
  return claimed;
}

/**
 * Deletes what a pending session wrote, one chunk per transaction, then the session itself. Safe to
 * repeat after a crash: each chunk's rows and its list go in the same transaction.
 */
export async function rollBackSession(db: AnningDb, session: number): Promise<{ deleted: number }> {
  const started = await db.transaction('rw', db.pendingImports, async () => {
    const s = await db.pendingImports.get(session);
    if (!s) return false;
    // From here on no chunk of this session is written (the chunk write checks the state).
    if (s.state !== 'aborting') await db.pendingImports.update(session, { state: 'aborting' });
    return true;
  });
  if (!started) return { deleted: 0 };
  let deleted = 0;
  for (;;) {
    const done = await db.transaction('rw', [db.messages, db.calls, db.pendingImports, db.pendingChunks], async () => {
      const chunk = await db.pendingChunks.where('session').equals(session).first();
      if (!chunk) {
        await db.pendingImports.delete(session);
        return true;
      }
      await db.messages.bulkDelete(chunk.messages);
      await db.calls.bulkDelete(chunk.calls);
      await db.pendingChunks.delete(chunk.id!);
      deleted += chunk.messages.length + chunk.calls.length;
      return false;
    });
    if (done) return { deleted };
  }
}
