/**
 * Files kept as evidence (screenshots, recordings, photos). Each is identified by the SHA-256 of its
 * bytes, computed in the background when it arrives: the same file attached twice is stored once, and
 * anyone can re-hash an exported file to check it. Linking a file to a record is an annotation (the
 * record's `attachmentIds`), outside the record's seal.
 */
import * as v from 'valibot';
import { sha256Hex } from '../evidence/canonical';
import { defineHandler } from '../messaging/define';
import type { AnningDb } from '../store/db';
import type { AttachmentEntry } from '../store/types';

/** Chrome passes extension messages as JSON: files travel as base64. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export async function storeAttachment(
  db: AnningDb,
  a: { name: string; type: string; bytes: Uint8Array; sourceUrl: string; recordId?: string; caseId?: number; capturedAt: number },
): Promise<{ id: string; duplicate: boolean }> {
  const id = await sha256Hex(a.bytes);
  return db.transaction('rw', db.attachments, db.messages, db.calls, async () => {
    const existing = await db.attachments.get(id);
    if (!existing) {
      const entry: AttachmentEntry = {
        id,
        name: a.name,
        type: a.type || 'application/octet-stream',
        size: a.bytes.length,
        blob: new Blob([a.bytes as BlobPart], { type: a.type || 'application/octet-stream' }),
        recordId: a.recordId,
        caseId: a.caseId,
        capturedAt: a.capturedAt,
        sourceUrl: a.sourceUrl,
      };
      await db.attachments.add(entry);
    } else if (a.recordId && !existing.recordId) {
      await db.attachments.update(id, { recordId: a.recordId });
    }
    if (a.recordId) await linkToRecord(db, a.recordId, [id]);
    return { id, duplicate: existing !== undefined };
  });
}

async function linkToRecord(db: AnningDb, recordId: string, ids: string[]) {
  const add = (r: { attachmentIds: string[] }) => {
    r.attachmentIds = [...new Set([...(r.attachmentIds ?? []), ...ids])];
  };
  const n = recordId.startsWith('c_')
    ? await db.calls.where('id').equals(recordId).modify(add)
    : await db.messages.where('id').equals(recordId).modify(add);
  if (n === 0) throw new Error(`没有这条记录：${recordId}`);
}

const recordId = v.pipe(v.string(), v.regex(/^[mc]_[0-9a-f]{32}$/));

export const attachmentHandlers = {
  /** Stores a file (base64) hashed on arrival; optionally attaches it to a record. */
  'attachments/add': defineHandler({
    schema: v.object({
      name: v.pipe(v.string(), v.maxLength(300)),
      type: v.pipe(v.string(), v.maxLength(200)),
      base64: v.pipe(v.string(), v.maxLength(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 4)),
      sourceUrl: v.optional(v.pipe(v.string(), v.maxLength(2000)), ''),
      recordId: v.optional(recordId),
      caseId: v.optional(v.pipe(v.number(), v.integer())),
    }),
    from: 'extension',
    handle: async (p, { db, sender, now }) =>
      storeAttachment(db, { ...p, bytes: base64ToBytes(p.base64), sourceUrl: p.sourceUrl || sender.url, capturedAt: now() }),
  }),

  /** Attaches stored files (e.g. a tab screenshot taken earlier) to a record. */
  'attachments/link': defineHandler({
    schema: v.object({ recordId, ids: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))), v.maxLength(100)) }),
    from: 'extension',
    handle: async (p, { db }) =>
      db.transaction('rw', db.attachments, db.messages, db.calls, async () => {
        const found = (await db.attachments.bulkGet(p.ids)).filter((a): a is AttachmentEntry => a !== undefined);
        if (found.length !== p.ids.length) throw new Error('有附件不存在');
        for (const a of found) if (!a.recordId) await db.attachments.update(a.id, { recordId: p.recordId });
        await linkToRecord(db, p.recordId, p.ids);
        return { linked: p.ids.length };
      }),
  }),
};
