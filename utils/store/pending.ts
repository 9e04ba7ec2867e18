/**
 * Rows of imports that are not committed yet (schema v2). An import session writes each chunk
 * straight into `messages` / `calls`, one transaction per chunk, and lists the ids it wrote in
 * `pendingChunks`; its `pendingImports` row says it is still pending. Until the session's commit
 * deletes that row, every reader leaves those ids out (store/visible.ts). Rolling back deletes the
 * listed rows chunk by chunk, then the session row — a crash halfway is finished at the next start.
 *
 * Another writer that meets a pending row with the same id (a capture saving the same SMS, a backup
 * restore, an undo) *claims* it: the id leaves the session's list, so the row is visible now and a
 * later rollback of that session no longer deletes it. Nothing stored by anyone else is ever removed.
 */
import type { AnningDb } from './db';
import type { PendingChunkEntry } from './types';

export type EvidenceTableName = 'messages' | 'calls';

export interface PendingState {
  /** Open or rolling-back sessions. */
  sessions: number;
  /** Ids written by those sessions, per table. */
  hidden: { messages: Set<string>; calls: Set<string> };
  /** How many of each table's rows are hidden. */
  counts: { messages: number; calls: number };
}

export const NO_PENDING: PendingState = Object.freeze({
  sessions: 0,
  hidden: { messages: new Set<string>(), calls: new Set<string>() },
  counts: { messages: 0, calls: 0 },
});

/** Just the counts: one small read, for counting visible rows. */
export async function pendingCounts(db: AnningDb): Promise<{ sessions: number; messages: number; calls: number }> {
  const sessions = await db.pendingImports.toArray();
  let messages = 0;
  let calls = 0;
  for (const s of sessions) (messages += s.messages), (calls += s.calls);
  return { sessions: sessions.length, messages, calls };
}

/** The ids hidden now. Reads nothing more than one count when no import is pending (the usual case). */
export async function pendingState(db: AnningDb, exceptSession?: number): Promise<PendingState> {
  const sessions = (await db.pendingImports.toArray()).filter((s) => s.id !== exceptSession);
  if (!sessions.length) return NO_PENDING;
  const chunks = await db.pendingChunks.where('session').anyOf(sessions.map((s) => s.id!)).toArray();
  const state: PendingState = { sessions: sessions.length, hidden: { messages: new Set(), calls: new Set() }, counts: { messages: 0, calls: 0 } };
  for (const c of chunks) {
    for (const id of c.messages) state.hidden.messages.add(id);
    for (const id of c.calls) state.hidden.calls.add(id);
  }
  state.counts.messages = state.hidden.messages.size;
  state.counts.calls = state.hidden.calls.size;
  return state;
}

/**
 * Makes these rows visible now if a pending session wrote them (see the file comment). Call inside a
 * read-write transaction that includes `pendingImports` and `pendingChunks`. Returns the ids claimed.
 */
export async function claimPending(db: AnningDb, table: EvidenceTableName, ids: readonly string[]): Promise<Set<string>> {
  const claimed = new Set<string>();
  if (!ids.length || (await db.pendingImports.count()) === 0) return claimed;
  const wanted = new Set(ids);
  const sessions = await db.pendingImports.toArray();
  const chunks = await db.pendingChunks.where('session').anyOf(sessions.map((s) => s.id!)).toArray();
  const lost = new Map<number, number>();
  for (const chunk of chunks) {
    const list = chunk[table];
    if (!list.some((id) => wanted.has(id))) continue;
    const kept = list.filter((id) => {
      if (!wanted.has(id)) return true;
      claimed.add(id);
      return false;
    });
    lost.set(chunk.session, (lost.get(chunk.session) ?? 0) + list.length - kept.length);
    await db.pendingChunks.update(chunk.id!, { [table]: kept } as Partial<PendingChunkEntry>);
  }
  for (const [session, n] of lost) {
    const s = await db.pendingImports.get(session);
    if (s) await db.pendingImports.update(session, { [table]: Math.max(0, s[table] - n) });
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
    // From here on no chunk of this session is written (writeChunk checks the state).
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
