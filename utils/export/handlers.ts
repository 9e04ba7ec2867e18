/**
 * Background requests for exports: restoring backups and bundles, deleting evidence with undo,
 * remembering when the user last backed up. Reading for exports happens in the dashboard itself
 * (same origin, read-only); every write comes through here.
 *
 * A backup can be far larger than one runtime message may carry, so the dashboard sends its text in
 * parts (`export/restore` with `last: false`), and the last part runs the restore. Nothing is written
 * before the whole text is here, parsed, validated and its seals checked.
 */
import * as v from 'valibot';
import { defineHandler } from '../messaging/define';
import { parseBackup, restoreBackup, MAX_BACKUP_CHARS } from './backup';
import { ImportError } from './errors';
import { LAST_BACKUP_KEY } from './keys';
import { deleteEvidence, undoDelete } from './trash';

const PART_CHARS = 32 * 1024 * 1024;
const UPLOAD_TTL = 10 * 60_000;

const uploads = new Map<string, { parts: string[]; chars: number; touched: number }>();

const owner = v.optional(v.picklist(['borrower', 'family', 'friend', 'colleague', 'other']));

export const exportHandlers = {
  /** One part of a backup's text; the last part parses, checks and restores it, all-or-nothing. */
  'export/restore': defineHandler({
    schema: v.object({
      uploadId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{8,64}$/)),
      part: v.pipe(v.string(), v.maxLength(PART_CHARS)),
      last: v.boolean(),
      fileName: v.optional(v.pipe(v.string(), v.maxLength(500)), ''),
      kind: v.optional(v.picklist(['backup', 'bundle']), 'backup'),
      owner,
      caseId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    }),
    from: 'extension',
    async handle(p, { db, now }) {
      const t = now();
      for (const [id, u] of uploads) if (t - u.touched > UPLOAD_TTL) uploads.delete(id);
      const upload = uploads.get(p.uploadId) ?? { parts: [], chars: 0, touched: t };
      upload.parts.push(p.part);
      upload.chars += p.part.length;
      upload.touched = t;
      if (upload.chars > MAX_BACKUP_CHARS) {
        uploads.delete(p.uploadId);
        return { done: true as const, ok: false as const, error: { code: 'too_large', zh: '文件太大，不是安宁的备份。', en: 'The file is too large to be an Anning backup.' } };
      }
      if (!p.last) {
        uploads.set(p.uploadId, upload);
        return { done: false as const };
      }
      uploads.delete(p.uploadId);
      try {
        const backup = parseBackup(upload.parts.join(''));
        const someoneElses = p.kind === 'bundle' || (p.owner !== undefined && p.owner !== 'borrower');
        const report = await restoreBackup(db, backup, {
          owner: p.owner,
          caseId: p.caseId,
          evidenceOnly: someoneElses,
          fileName: p.fileName,
          source: p.kind,
          now: t,
        });
        return { done: true as const, ok: true as const, report };
      } catch (err) {
        if (err instanceof ImportError) return { done: true as const, ok: false as const, error: { code: err.code, zh: err.zh, en: err.en } };
        throw err;
      }
    },
  }),

  /** Moves records (and their attachments) to the trash; returns the id to undo with. */
  'export/delete': defineHandler({
    schema: v.object({
      ids: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[mc]_[0-9a-f]{32}$/))), v.minLength(1), v.maxLength(200_000)),
      description: v.optional(v.pipe(v.string(), v.maxLength(500)), ''),
    }),
    from: 'extension',
    handle: (p, { db, now }) => deleteEvidence(db, p.ids, now(), p.description),
  }),

  /** Puts deleted records back, unchanged. */
  'export/undo': defineHandler({
    schema: v.object({ trashId: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
    from: 'extension',
    handle: (p, { db }) => undoDelete(db, p.trashId),
  }),

  /** Remembers a finished backup, for the "not backed up yet" reminder. */
  'export/backed-up': defineHandler({
    schema: v.object({ at: v.pipe(v.number(), v.integer()), records: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    from: 'extension',
    async handle(p, { db }) {
      await db.settings.put({ key: LAST_BACKUP_KEY, value: { at: p.at, records: p.records } });
      return { saved: true };
    },
  }),
};
