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
import type { CallRecord, EvidenceOwner, MessageRecord } from '../evidence/types';
import { sealCalls, sealMessages } from '../evidence/seal';
import type { AnningDb } from '../store/db';
import { claimPending, isPending, pendingState, rollBackSession, type EvidenceTableName } from '../store/pending';
import { bumpTallyRaw } from '../store/tallies';
import type { SenderInfo } from '../messaging/define';
import type { ImportLogEntry, PendingImportEntry } from '../store/types';

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

interface ChunkResult<T> {
  addedIds: string[];
  conflicts: T[];
}

/**
 * One chunk in one IndexedDB transaction: the rows (tagged with the session), the list of ids added,
 * the session's counts. Written with IndexedDB itself rather than through Dexie on purpose: Dexie
 * would announce every chunk to every open page's live queries (the dashboard's counts and lists),
 * which would re-read the growing tables two dozen times per import while nothing they show changes.
 * Pages learn of the import at its commit, a Dexie write to `pendingImports` that every evidence read
 * observes (store/visible.ts). An id the table already holds is refused by IndexedDB (ConstraintError,
 * kept from aborting the transaction) and comes back as a conflict: no read of every id first.
 */
function writeChunkRaw(db: AnningDb, s: ImportSession, messages: MessageRecord[], calls: CallRecord[]) {
  return new Promise<{ messages: ChunkResult<MessageRecord>; calls: ChunkResult<CallRecord> }>((resolve, reject) => {
    const out = { messages: { addedIds: [] as string[], conflicts: [] as MessageRecord[] }, calls: { addedIds: [] as string[], conflicts: [] as CallRecord[] } };
    let failure: unknown;
    const tx = db.backendDB().transaction(['messages', 'calls', 'pendingImports', 'pendingChunks', 'tallies'], 'readwrite');
    tx.oncomplete = () => resolve(out);
    tx.onabort = () => reject(failure ?? tx.error ?? new Error('import chunk not written'));
    const fail = (err: unknown) => {
      failure ??= err;
      try {
        tx.abort();
      } catch {
        // already aborting
      }
    };
    const sessions = tx.objectStore('pendingImports');
    const check = sessions.get(s.pendingId);
    check.onsuccess = () => {
      // Rolled back meanwhile (idle sweep, a restart's recovery): write nothing more.
      if ((check.result as PendingImportEntry | undefined)?.state !== 'open') return fail(new Error('导入会话已结束（import session was rolled back）'));
      const add = <T extends MessageRecord | CallRecord>(name: EvidenceTableName, rows: T[], into: ChunkResult<T>) => {
        const store = tx.objectStore(name);
        for (const r of rows) {
          // The tag is outside the seal: it only says which session wrote the row (store/pending.ts).
          r.importSession = s.pendingId;
          const req = store.add(r);
          req.onsuccess = () => void into.addedIds.push(r.id);
          req.onerror = (e) => {
            if (req.error?.name !== 'ConstraintError') return fail(req.error);
            e.preventDefault();
            e.stopPropagation();
            delete r.importSession;
            into.conflicts.push(r as never);
          };
        }
      };
      add('messages', messages, out.messages);
      add('calls', calls, out.calls);
      // Requests run in order: this one answers after every add above.
      const after = sessions.get(s.pendingId);
      after.onsuccess = () => {
        const pending = after.result as PendingImportEntry;
        const m = out.messages.addedIds.length;
        const c = out.calls.addedIds.length;
        if (m || c) tx.objectStore('pendingChunks').add({ session: s.pendingId, messages: out.messages.addedIds, calls: out.calls.addedIds });
        sessions.put({ ...pending, messages: pending.messages + m, calls: pending.calls + c });
        // Dexie's tally middleware does not see this transaction: the row counts move here, with the rows.
        bumpTallyRaw(tx, 'messages', m);
        bumpTallyRaw(tx, 'calls', c);
      };
    };
  });
}

async function writeChunk(db: AnningDb, s: ImportSession, messages: MessageRecord[], calls: CallRecord[]) {
  const r = await writeChunkRaw(db, s, messages, calls);
  s.messages.added += r.messages.addedIds.length;
  s.calls.added += r.calls.addedIds.length;
  if (!r.messages.conflicts.length && !r.calls.conflicts.length) return;
  // An id that is taken: stored and visible → a duplicate; written by another pending import (or gone
  // since, that import rolled back) → contested, settled at this session's commit.
  const state = await pendingState(db);
  const sort = async <T extends MessageRecord | CallRecord>(name: EvidenceTableName, rows: T[], into: T[]) => {
    if (!rows.length) return;
    const stored = await db.table<T, string>(name).bulkGet(rows.map((x) => x.id));
    rows.forEach((x, i) => {
      const other = stored[i];
      if (!other || isPending(other, state)) into.push(x);
      else s[name].duplicates++;
    });
  };
  await sort('messages', r.messages.conflicts, s.contested.messages);
  await sort('calls', r.calls.conflicts, s.contested.calls);
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
