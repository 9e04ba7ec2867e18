/**
 * Storing sealed evidence. Writes are all-or-nothing: one Dexie transaction per batch, so a failure
 * anywhere (quota, a bad record) leaves the store exactly as it was.
 */
import type { CallRecord, MessageRecord } from '../evidence/types';
import type { AnningDb } from './db';
import { claimPending } from './pending';

export interface SaveReport {
  added: number;
  duplicates: number;
  /** Ids of the records that were new. */
  addedIds: string[];
}

async function saveSealed<T extends MessageRecord | CallRecord>(
  db: AnningDb,
  tableName: 'messages' | 'calls',
  records: T[],
): Promise<SaveReport> {
  const table = db.table<T, string>(tableName);
  return db.transaction('rw', [table, db.pendingImports, db.pendingChunks], async () => {
    const existing = await table.bulkGet(records.map((r) => r.id));
    // The same record written by an import still pending is stored now: it becomes visible and stays
    // even if that import is rolled back (store/pending.ts).
    const claimed = await claimPending(db, tableName, records.filter((_, i) => existing[i] !== undefined).map((r) => r.id));
    const fresh = records.filter((_, i) => existing[i] === undefined);
    if (fresh.length) await table.bulkAdd(fresh);
    const addedIds = [...fresh.map((r) => r.id), ...claimed];
    return { added: addedIds.length, duplicates: records.length - addedIds.length, addedIds };
  });
}

export const saveMessages = (db: AnningDb, records: MessageRecord[]) => saveSealed(db, 'messages', records);
export const saveCalls = (db: AnningDb, records: CallRecord[]) => saveSealed(db, 'calls', records);

/** Messages and calls together, in one transaction (imports carry both). */
export async function saveEvidence(
  db: AnningDb,
  messages: MessageRecord[],
  calls: CallRecord[],
): Promise<{ messages: SaveReport; calls: SaveReport }> {
  return db.transaction('rw', [db.messages, db.calls, db.pendingImports, db.pendingChunks], async () => ({
    messages: await saveMessages(db, messages),
    calls: await saveCalls(db, calls),
  }));
}

/** The only edits allowed on stored evidence: annotations outside the seal. */
export interface AnnotationPatch {
  caseId?: number | null;
  owner?: MessageRecord['owner'];
  notes?: string;
  tags?: string[];
}

export async function annotateRecords(db: AnningDb, ids: string[], patch: AnnotationPatch): Promise<number> {
  // A callback, not an update spec: it can only ever touch these four annotation fields.
  const apply = (r: MessageRecord | CallRecord) => {
    if (patch.caseId !== undefined) {
      if (patch.caseId === null) delete r.caseId;
      else r.caseId = patch.caseId;
    }
    if (patch.owner !== undefined) r.owner = patch.owner;
    if (patch.notes !== undefined) r.notes = patch.notes;
    if (patch.tags !== undefined) r.tags = patch.tags;
  };
  return db.transaction('rw', db.messages, db.calls, async () => {
    const msgIds = ids.filter((id) => id.startsWith('m_'));
    const callIds = ids.filter((id) => id.startsWith('c_'));
    const a = await db.messages.where('id').anyOf(msgIds).modify(apply);
    const b = await db.calls.where('id').anyOf(callIds).modify(apply);
    return a + b;
  });
}
