/**
 * Deleting evidence is never immediate: the rows move to the `trash` table in the same transaction,
 * and `undoDelete` puts them back exactly (same ids, same seals). Trash older than TRASH_DAYS is
 * purged the next time something is deleted.
 */
import type { CallRecord, MessageRecord } from '../evidence/types';
import type { AnningDb } from '../store/db';
import { claimPending } from '../store/pending';
import { visibleEvidence } from '../store/visible';
import type { AttachmentEntry } from '../store/types';

export const TRASH_DAYS = 30;
const DAY = 86_400_000;

interface TrashedEvidence {
  messages: MessageRecord[];
  calls: CallRecord[];
  attachments: AttachmentEntry[];
}

export async function deleteEvidence(db: AnningDb, ids: string[], now: number, description: string): Promise<{ trashId: number; deleted: number }> {
  return db.transaction('rw', [db.messages, db.calls, db.attachments, db.trash, db.pendingImports, db.pendingChunks], async () => {
    await db.trash.where('deletedAt').below(now - TRASH_DAYS * DAY).delete();
    // Only what the user can see: rows of an import still pending are not theirs to delete yet.
    const ev = visibleEvidence(db);
    const messages = (await ev.messages.bulkGet(ids.filter((id) => id.startsWith('m_')))).filter((r): r is MessageRecord => !!r);
    const calls = (await ev.calls.bulkGet(ids.filter((id) => id.startsWith('c_')))).filter((r): r is CallRecord => !!r);
    const recordIds = [...messages, ...calls].map((r) => r.id);
    // Files that belong only to deleted records go with them (and come back with them).
    const attachments = recordIds.length ? await db.attachments.where('recordId').anyOf(recordIds).toArray() : [];
    const rows: TrashedEvidence = { messages, calls, attachments };
    const trashId = (await db.trash.add({ table: 'evidence', rows: [rows], deletedAt: now, description })) as number;
    await db.messages.bulkDelete(messages.map((r) => r.id));
    await db.calls.bulkDelete(calls.map((r) => r.id));
    await db.attachments.bulkDelete(attachments.map((a) => a.id));
    return { trashId, deleted: recordIds.length };
  });
}

export async function undoDelete(db: AnningDb, trashId: number): Promise<{ restored: number }> {
  return db.transaction('rw', [db.messages, db.calls, db.attachments, db.trash, db.pendingImports, db.pendingChunks], async () => {
    const entry = await db.trash.get(trashId);
    if (!entry || entry.table !== 'evidence') throw new Error('nothing to undo: the deleted items are no longer in the trash');
    const rows = entry.rows[0] as TrashedEvidence;
    // bulkPut: if the same record was captured again meanwhile, the original comes back over it unchanged
    // — and if a pending import wrote it, it is claimed, so that import's rollback can't take it.
    await claimPending(db, 'messages', rows.messages.map((r) => r.id));
    await claimPending(db, 'calls', rows.calls.map((r) => r.id));
    await db.messages.bulkPut(rows.messages);
    await db.calls.bulkPut(rows.calls);
    await db.attachments.bulkPut(rows.attachments);
    await db.trash.delete(trashId);
    return { restored: rows.messages.length + rows.calls.length };
  });
}
