/**
 * Import sessions: how more than one request's worth of records (the protocol caps a request at
 * 10,000) enters the store all-or-nothing.
 *
 *   import/begin  → a session id
 *   import/chunk  → records are validated and sealed now (spreading the hashing over the import) and
 *                   staged in the background's memory; nothing is written
 *   import/commit → ONE Dexie transaction: duplicates against the store are counted, the rest added,
 *                   and the import's report written to `imports`; a failure leaves the store unchanged
 *   import/abort  → the staged records are dropped; a report of why may be logged
 *
 * A session belongs to whoever began it (an extension page, or one frame of one tab): nobody else can
 * add to, commit or abort it. If the service worker is stopped mid-import the staged records vanish
 * with it and commit answers "unknown session": still nothing half-written.
 */
import { Dexie } from 'dexie';
import type { CallRecord, EvidenceOwner, MessageRecord } from '../evidence/types';
import { sealCalls, sealMessages } from '../evidence/seal';
import type { AnningDb } from '../store/db';
import type { SenderInfo } from '../messaging/define';
import type { ImportLogEntry } from '../store/types';

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
  messages: MessageRecord[];
  calls: CallRecord[];
}

/** Staged records across all open sessions: beyond this a session is refused (memory of the worker). */
export const MAX_STAGED = 2_000_000;
/** A session nobody has touched for this long is dropped. */
export const SESSION_IDLE_MS = 10 * 60_000;
/** Lines of a report kept in the `imports` table. */
export const MAX_REPORT_LINES = 200;

const sessions = new Map<string, ImportSession>();

export function ownerOf(sender: SenderInfo): string {
  return sender.isExtensionPage ? 'extension' : `tab:${sender.tabId ?? '?'}:${sender.frameId ?? 0}`;
}

function sweep(now: number) {
  for (const [id, s] of sessions) if (now - s.touchedAt > SESSION_IDLE_MS) sessions.delete(id);
}

function staged(): number {
  let n = 0;
  for (const s of sessions.values()) n += s.messages.length + s.calls.length;
  return n;
}

export function beginSession(
  p: { source: string; fileName?: string; caseId?: number; owner?: EvidenceOwner },
  sender: SenderInfo,
  now: number,
): { sessionId: string } {
  sweep(now);
  const id = crypto.randomUUID();
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
    messages: [],
    calls: [],
  });
  return { sessionId: id };
}

function take(id: string, sender: SenderInfo, now: number): ImportSession {
  sweep(now);
  const s = sessions.get(id);
  // The same answer for "never existed" and "not yours": a page learns nothing about other sessions.
  if (!s || s.owner !== ownerOf(sender)) throw new Error('导入会话不存在或已过期（unknown import session）');
  s.touchedAt = now;
  return s;
}

export async function stageChunk(
  p: { sessionId: string; messages: unknown[]; calls: unknown[] },
  sender: SenderInfo,
  now: number,
): Promise<{ staged: number }> {
  const s = take(p.sessionId, sender, now);
  if (staged() + p.messages.length + p.calls.length > MAX_STAGED) {
    sessions.delete(s.id);
    throw new Error(`一次导入最多 ${MAX_STAGED} 条记录`);
  }
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
      sessions.delete(s.id);
      throw new Error(`${kind}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const messages = await seal('messages', () => sealMessages(p.messages, ctx));
  const calls = await seal('calls', () => sealCalls(p.calls, ctx));
  for (const m of messages) s.messages.push(m);
  for (const c of calls) s.calls.push(c);
  return { staged: s.messages.length + s.calls.length };
}

export interface CommitReport {
  messages: { added: number; duplicates: number };
  calls: { added: number; duplicates: number };
  importId: number;
}

async function addFresh<T extends MessageRecord | CallRecord>(db: AnningDb, table: 'messages' | 'calls', records: T[]) {
  const t = db.table<T, string>(table);
  let duplicates = 0;
  // Slices inside the one transaction: the same all-or-nothing, without 100,000 requests in flight.
  for (let i = 0; i < records.length; i += COMMIT_SLICE) {
    const slice = records.slice(i, i + COMMIT_SLICE);
    // One pass instead of read-then-write: add everything and let IndexedDB refuse the ids it already
    // holds. Caught here, a BulkError does not abort the transaction; anything but "key exists" does.
    try {
      await t.bulkAdd(slice);
    } catch (err) {
      if (!(err instanceof Dexie.BulkError)) throw err;
      const failures = Object.values(err.failuresByPos);
      const other = failures.find((f) => f?.name !== 'ConstraintError');
      if (other) throw other;
      duplicates += failures.length;
    }
  }
  return { added: records.length - duplicates, duplicates };
}

const COMMIT_SLICE = 5_000;

export async function commitSession(
  db: AnningDb,
  p: { sessionId: string; notes?: string[] },
  sender: SenderInfo,
  now: number,
): Promise<CommitReport> {
  const s = take(p.sessionId, sender, now);
  sessions.delete(s.id);
  return db.transaction('rw', db.messages, db.calls, db.imports, async () => {
    const messages = await addFresh(db, 'messages', s.messages);
    const calls = await addFresh(db, 'calls', s.calls);
    const entry: ImportLogEntry = {
      at: now,
      source: s.source,
      fileName: s.fileName,
      added: messages.added + calls.added,
      duplicates: messages.duplicates + calls.duplicates,
      rejected: 0,
      messages: (p.notes ?? []).slice(0, MAX_REPORT_LINES),
    };
    const importId = (await db.imports.add(entry)) as number;
    return { messages, calls, importId };
  });
}

/** Drops the session. With `log`, the refusal is recorded in `imports` so the user can see why later. */
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
      sessions.delete(s.id);
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

/** For tests. */
export function openSessionCount(): number {
  return sessions.size;
}
