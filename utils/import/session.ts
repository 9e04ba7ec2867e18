/**
 * Import sessions: how more than one request's worth of records (the protocol caps a request at
 * 10,000) enters the store all-or-nothing.
 *
 *   import/begin  → a session id; a `pendingImports` row (store/pending.ts)
 *   import/chunk  → records are validated and sealed, then written straight into `messages`/`calls`
 *                   in the chunk's own transaction, their ids listed under the session: invisible to
 *                   every reader (store/visible.ts) until the commit. Ids already stored are duplicates.
 *   import/commit → ONE small transaction: the session row goes (its rows become visible at once) and
 *                   the report is written to `imports`
 *   import/abort  → the session's rows are deleted; a report of why may be logged
 *
 * The chunk's write runs while the next chunk is sealed (at most one write and one seal per session
 * at a time), so memory holds about two chunks whatever the file's size. A session belongs to whoever
 * began it (an extension page, or one frame of one tab): nobody else can add to, commit or abort it.
 * If the service worker stops mid-import, the session is lost: `recoverPendingImports` (run at every
 * start) deletes what it had written, and commit answers "unknown session". Nothing half-written is
 * ever visible.
 */
import { Dexie } from 'dexie';
import type { CallRecord, EvidenceOwner, MessageRecord } from '../evidence/types';
import { sealCalls, sealMessages } from '../evidence/seal';
import type { AnningDb } from '../store/db';
import { claimPending, pendingState, rollBackSession, type EvidenceTableName } from '../store/pending';
import type { SenderInfo } from '../messaging/define';
import type { ImportLogEntry } from '../store/types';

interface Tally {
  added: number;
  duplicates: number;
}

export interface ImportSession {
  id: string;
  owner: string;
  source: string;
  fileName: string;
  caseId?: number;
  evidenceOwner?: EvidenceOwner;
  startedAt: number;
  touchedAt: number;
  ordinals: Map<string, number>;
  /** Its `pendingImports` key: the tag of the rows it wrote. */
  pendingId: number;
  /** The chunk being written; the next chunk's write waits for it. Rejects once a write failed. */
  writing: Promise<void>;
  messages: Tally;
  calls: Tally;
  /**
   * Records whose id another pending session had written first. Which one ends up stored depends on
   * which session commits: settled at this session's commit (store/pending.ts, claimPending).
   */
  contested: { messages: MessageRecord[]; calls: CallRecord[] };
}

/** A session nobody has touched for this long is rolled back. */
export const SESSION_IDLE_MS = 10 * 60_000;
/** Lines of a report kept in the `imports` table. */
export const MAX_REPORT_LINES = 200;

const sessions = new Map<string, ImportSession>();
/** Pending imports begun by this worker instance (`database name:key`): the only ones not abandoned. */
const live = new Set<string>();
const liveKey = (db: AnningDb, pendingId: number) => `${db.name}:${pendingId}`;

export function ownerOf(sender: SenderInfo): string {
  return sender.isExtensionPage ? 'extension' : `tab:${sender.tabId ?? '?'}:${sender.frameId ?? 0}`;
}

function drop(db: AnningDb, s: ImportSession): Promise<void> {
  sessions.delete(s.id);
  // Whatever is being written finishes (or fails) first; the rollback then finds every chunk.
  return s.writing
    .catch(() => undefined)
    .then(() => rollBackSession(db, s.pendingId))
    .then(() => void live.delete(liveKey(db, s.pendingId)));
}

function sweep(db: AnningDb, now: number) {
  for (const s of sessions.values()) {
    if (now - s.touchedAt > SESSION_IDLE_MS) void drop(db, s).catch((e) => console.error('[anning] import rollback', e));
  }
}

export async function beginSession(
  db: AnningDb,
  p: { source: string; fileName?: string; caseId?: number; owner?: EvidenceOwner },
  sender: SenderInfo,
  now: number,
): Promise<{ sessionId: string }> {
  sweep(db, now);
  const id = crypto.randomUUID();
  const pendingId = (await db.pendingImports.add({ startedAt: now, source: p.source, state: 'open', messages: 0, calls: 0 })) as number;
  live.add(liveKey(db, pendingId));
  sessions.set(id, {
    id,
    owner: ownerOf(sender),
    source: p.source,
    fileName: p.fileName || sender.url,
    caseId: p.caseId,
    evidenceOwner: p.owner,
    startedAt: now,
    touchedAt: now,
    ordinals: new Map(),
    pendingId,
    writing: Promise.resolve(),
    messages: { added: 0, duplicates: 0 },
    calls: { added: 0, duplicates: 0 },
    contested: { messages: [], calls: [] },
  });
  return { sessionId: id };
}

function take(db: AnningDb, id: string, sender: SenderInfo, now: number): ImportSession {
  sweep(db, now);
  const s = sessions.get(id);
  // The same answer for "never existed" and "not yours": a page learns nothing about other sessions.
  if (!s || s.owner !== ownerOf(sender)) throw new Error('导入会话不存在或已过期（unknown import session）');
  s.touchedAt = now;
  return s;
}

/**
 * Adds the rows; ids already in the table come back as conflicts. One bulkAdd: IndexedDB refuses the
 * ids it holds (caught here, a BulkError of ConstraintErrors does not abort the transaction), which is
 * cheaper than reading every id first when, as usual, almost nothing is stored yet.
 */
async function addRows<T extends MessageRecord | CallRecord>(db: AnningDb, name: EvidenceTableName, rows: T[]) {
  const table = db.table<T, string>(name);
  if (!rows.length) return { addedIds: [] as string[], conflicts: [] as T[] };
  try {
    await table.bulkAdd(rows);
    return { addedIds: rows.map((r) => r.id), conflicts: [] as T[] };
  } catch (err) {
    if (!(err instanceof Dexie.BulkError)) throw err;
    const failed = new Set<number>();
    for (const [pos, f] of Object.entries(err.failuresByPos)) {
      if (f?.name !== 'ConstraintError') throw f;
      failed.add(Number(pos));
    }
    return { addedIds: rows.filter((_, i) => !failed.has(i)).map((r) => r.id), conflicts: rows.filter((_, i) => failed.has(i)) };
  }
}

async function writeChunk(db: AnningDb, s: ImportSession, messages: MessageRecord[], calls: CallRecord[]) {
  await db.transaction('rw', [db.messages, db.calls, db.pendingImports, db.pendingChunks], async () => {
    const pending = await db.pendingImports.get(s.pendingId);
    // Rolled back meanwhile (idle sweep, a restart's recovery): write nothing more.
    if (pending?.state !== 'open') throw new Error('导入会话已结束（import session was rolled back）');
    const m = await addRows(db, 'messages', messages);
    const c = await addRows(db, 'calls', calls);
    if (m.addedIds.length || c.addedIds.length) await db.pendingChunks.add({ session: s.pendingId, messages: m.addedIds, calls: c.addedIds });
    await db.pendingImports.update(s.pendingId, { messages: pending.messages + m.addedIds.length, calls: pending.calls + c.addedIds.length });
    s.messages.added += m.addedIds.length;
    s.calls.added += c.addedIds.length;
    if (!m.conflicts.length && !c.conflicts.length) return;
    // An id that is taken: stored and visible → a duplicate; written by another pending import → contested.
    const others = await pendingState(db, s.pendingId);
    const sort = <T extends MessageRecord | CallRecord>(name: EvidenceTableName, rows: T[], into: T[]) => {
      for (const r of rows) {
        if (others.hidden[name].has(r.id)) into.push(r);
        else s[name].duplicates++;
      }
    };
    sort('messages', m.conflicts, s.contested.messages);
    sort('calls', c.conflicts, s.contested.calls);
  });
}

export async function stageChunk(
  db: AnningDb,
  p: { sessionId: string; messages: unknown[]; calls: unknown[] },
  sender: SenderInfo,
  now: number,
): Promise<{ staged: number }> {
  const s = take(db, p.sessionId, sender, now);
  const ctx = {
    source: s.source,
    sourceUrl: s.fileName,
    capturedAt: s.startedAt,
    caseId: s.caseId,
    owner: s.evidenceOwner,
    ordinals: s.ordinals,
  };
  // Sequential, not Promise.all: ordinals are assigned in order through the shared map.
  const seal = async <T>(kind: 'messages' | 'calls', run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      // A record that can't be sealed ends the session: the import is refused as a whole.
      await drop(db, s);
      throw new Error(`${kind}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const messages = await seal('messages', () => sealMessages(p.messages, ctx));
  const calls = await seal('calls', () => sealCalls(p.calls, ctx));
  const previous = s.writing;
  s.writing = previous.then(() => writeChunk(db, s, messages, calls));
  s.writing.catch(() => undefined); // surfaced to the next chunk or the commit, never unhandled
  try {
    // Answer once the previous chunk is stored: this chunk is written while the next one is sealed.
    await previous;
  } catch (err) {
    await drop(db, s);
    throw err;
  }
  return { staged: s.messages.added + s.calls.added + s.messages.duplicates + s.calls.duplicates };
}

export interface CommitReport {
  messages: Tally;
  calls: Tally;
  importId: number;
}

export async function commitSession(
  db: AnningDb,
  p: { sessionId: string; notes?: string[] },
  sender: SenderInfo,
  now: number,
): Promise<CommitReport> {
  const s = take(db, p.sessionId, sender, now);
  sessions.delete(s.id);
  try {
    await s.writing;
    return await db.transaction('rw', [db.messages, db.calls, db.pendingImports, db.pendingChunks, db.imports], async () => {
      const pending = await db.pendingImports.get(s.pendingId);
      if (pending?.state !== 'open') throw new Error('导入会话已结束（import session was rolled back）');
      // Contested ids: still pending elsewhere → claimed for this import; gone (that import was rolled
      // back) → added now; visible (that import committed first) → duplicates.
      const settle = async <T extends MessageRecord | CallRecord>(name: EvidenceTableName, rows: T[]) => {
        if (!rows.length) return;
        const claimed = await claimPending(db, name, rows.map((r) => r.id));
        const table = db.table<T, string>(name);
        const stored = await table.bulkGet(rows.map((r) => r.id));
        const fresh = rows.filter((r, i) => !claimed.has(r.id) && stored[i] === undefined);
        await table.bulkAdd(fresh);
        s[name].added += claimed.size + fresh.length;
        s[name].duplicates += rows.length - claimed.size - fresh.length;
      };
      await settle('messages', s.contested.messages);
      await settle('calls', s.contested.calls);
      // This is the moment the whole import becomes visible.
      await db.pendingChunks.where('session').equals(s.pendingId).delete();
      await db.pendingImports.delete(s.pendingId);
      const entry: ImportLogEntry = {
        at: now,
        source: s.source,
        fileName: s.fileName,
        added: s.messages.added + s.calls.added,
        duplicates: s.messages.duplicates + s.calls.duplicates,
        rejected: 0,
        messages: (p.notes ?? []).slice(0, MAX_REPORT_LINES),
      };
      const importId = (await db.imports.add(entry)) as number;
      return { messages: s.messages, calls: s.calls, importId };
    });
  } catch (err) {
    await rollBackSession(db, s.pendingId).catch(() => undefined);
    throw err;
  } finally {
    live.delete(liveKey(db, s.pendingId));
  }
}

/** Rolls the session back. With `log`, the refusal is recorded in `imports` so the user can see why later. */
export async function abortSession(
  db: AnningDb,
  p: { sessionId?: string; log?: { source: string; fileName: string; rejected: number; lines: string[] } },
  sender: SenderInfo,
  now: number,
): Promise<{ aborted: boolean; importId?: number }> {
  let aborted = false;
  if (p.sessionId) {
    const s = sessions.get(p.sessionId);
    if (s && s.owner === ownerOf(sender)) {
      await drop(db, s);
      aborted = true;
    }
  }
  if (!p.log) return { aborted };
  const importId = (await db.imports.add({
    at: now,
    source: p.log.source,
    fileName: p.log.fileName,
    added: 0,
    duplicates: 0,
    rejected: p.log.rejected,
    messages: p.log.lines.slice(0, MAX_REPORT_LINES),
  })) as number;
  return { aborted, importId };
}

/**
 * Rolls back every pending import this worker did not begin: at start-up those are imports a stopped
 * service worker (a crash, a browser quit, an update) left behind.
 */
export async function recoverPendingImports(db: AnningDb, startedAt = Date.now()): Promise<{ sessions: number; deleted: number }> {
  // Begun before this worker started, and not by it: abandoned.
  const stale = (await db.pendingImports.toArray()).filter((p) => p.startedAt < startedAt);
  let deleted = 0;
  let n = 0;
  for (const { id } of stale) {
    if (live.has(liveKey(db, id!))) continue;
    deleted += (await rollBackSession(db, id!)).deleted;
    n++;
  }
  return { sessions: n, deleted };
}

/** For tests. */
export function openSessionCount(): number {
  return sessions.size;
}
