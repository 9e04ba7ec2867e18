/**
 * The JSON backup: every table, lossless, attachments inline as base64, one file the user keeps.
 * Restoring merges into what is stored (records by id, cases by name, numbers by key …), checks every
 * record's seal and every attachment's hash first, and writes in one transaction: a backup is either
 * restored completely or not at all. Format and versions: docs/EXPORTS.md.
 */
import * as v from 'valibot';
import { sha256Hex } from '../evidence/canonical';
import type { CallRecord, EvidenceOwner, MessageRecord } from '../evidence/types';
import type { AnningDb } from '../store/db';
import { claimPending } from '../store/pending';
import { visibleEvidence } from '../store/visible';
import type { AttachmentEntry, CaseEntry, ImportLogEntry } from '../store/types';
import { base64ToBytes, bytesToBase64 } from './base64';
import { ImportError } from './errors';
import { brokenSeals } from './sealCheck';
import { BackupV1Schema, type BackupV1 } from './schema';

export const BACKUP_FORMAT = 'anning-backup';
export const BACKUP_VERSION = 1;
/** Larger than any real backup we expect, well below what a browser can hold as one string. */
export const MAX_BACKUP_CHARS = 256 * 1024 * 1024;

export type Backup = BackupV1;

/**
 * Upgrades an older backup to the current version, one step at a time. Version 1 is the first
 * format, so the chain is empty today; a format change adds `n: (b) => b'` here and a row in
 * docs/EXPORTS.md, and keeps reading every version ever written.
 */
const MIGRATIONS: Record<number, (backup: Record<string, unknown>) => Record<string, unknown>> = {};

export async function createBackup(db: AnningDb, now = Date.now()): Promise<Backup> {
  const evidence = visibleEvidence(db);
  const [messages, calls, cases, attachments, numbers, complaints, drafts, subscriptions, settings, imports] = await Promise.all([
    evidence.messages.toArray(),
    evidence.calls.toArray(),
    db.cases.toArray(),
    db.attachments.toArray(),
    db.numbers.toArray(),
    db.complaints.toArray(),
    db.drafts.toArray(),
    db.subscriptions.toArray(),
    db.settings.toArray(),
    db.imports.toArray(),
  ]);
  const files = await Promise.all(
    attachments.map(async ({ blob, ...rest }) => ({ ...rest, data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) })),
  );
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now,
    app: { name: 'anning', version: '0.1.0' },
    tables: {
      // The store's own bookkeeping (which import wrote a row) is not part of the evidence.
      messages: messages.map(({ importSession: _, ...r }) => r),
      calls: calls.map(({ importSession: _, ...r }) => r),
      cases,
      attachments: files,
      numbers,
      complaints,
      drafts,
      subscriptions,
      settings,
      imports,
    },
  } as unknown as Backup;
}

export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup);
}

/** Parses and validates a backup file's text. Throws ImportError; never touches the store. */
export function parseBackup(textContent: string): Backup {
  if (textContent.length > MAX_BACKUP_CHARS) {
    throw new ImportError('too_large', `文件太大（超过 ${MAX_BACKUP_CHARS / 1024 / 1024} MB），不是安宁的备份。`, `The file is too large (over ${MAX_BACKUP_CHARS / 1024 / 1024} MB) to be an Anning backup.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(textContent.charCodeAt(0) === 0xfeff ? textContent.slice(1) : textContent);
  } catch {
    throw new ImportError('not_json', '文件不是有效的 JSON，可能已损坏或不是安宁的备份。', 'The file is not valid JSON: it may be damaged or not an Anning backup.');
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new ImportError('not_backup', '这不是安宁的备份文件。', 'This is not an Anning backup file.');
  }
  let doc = raw as Record<string, unknown>;
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError('unknown_version', '备份的版本号无效。', 'The backup has an invalid version number.');
  }
  if (version > BACKUP_VERSION) {
    throw new ImportError('newer_version', `这个备份由较新的安宁生成（格式版本 ${version}），请先更新安宁。`, `This backup was made by a newer Anning (format version ${version}); update Anning first.`);
  }
  for (let n = version; n < BACKUP_VERSION; n++) {
    const step = MIGRATIONS[n];
    if (!step) throw new ImportError('unknown_version', `无法读取格式版本 ${n} 的备份。`, `Backups of format version ${n} cannot be read.`);
    doc = step(doc);
  }
  const result = v.safeParse(BackupV1Schema, doc);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new ImportError('invalid', `备份内容不正确（${path}：${issue.message}）。`, `The backup's content is not valid (${path}: ${issue.message}).`);
  }
  return result.output;
}

export interface RestoreOptions {
  /** Whose phone the evidence came from: a family member's bundle counts as third-party evidence. */
  owner?: EvidenceOwner;
  /** Put every imported record under this case instead of the backup's own cases. */
  caseId?: number;
  /** Only evidence (records, attachments, their cases): for someone else's backup or bundle. */
  evidenceOnly?: boolean;
  fileName?: string;
  source?: string;
  now?: number;
}

export interface RestoreReport {
  messages: { added: number; duplicates: number };
  calls: { added: number; duplicates: number };
  attachments: { added: number; duplicates: number };
  cases: { added: number; matched: number };
  other: { added: number; skipped: number };
}

/** Checks every seal and attachment hash; throws ImportError('tampered') naming what is wrong. */
async function checkIntegrity(backup: Backup): Promise<Map<string, Uint8Array>> {
  const broken = [...brokenSeals(backup.tables.messages), ...brokenSeals(backup.tables.calls)];
  if (broken.length) {
    throw new ImportError(
      'tampered',
      `有 ${broken.length} 条记录的内容与它的哈希不符（例如 ${broken.slice(0, 3).join('、')}），可能被改动过。`,
      `${broken.length} record(s) do not match their hash (e.g. ${broken.slice(0, 3).join(', ')}): they may have been changed.`,
    );
  }
  const bytes = new Map<string, Uint8Array>();
  for (const a of backup.tables.attachments) {
    let data: Uint8Array;
    try {
      data = base64ToBytes(a.data);
    } catch {
      throw new ImportError('invalid', `附件 ${a.name} 的数据无效。`, `Attachment ${a.name} has invalid data.`);
    }
    if (data.length !== a.size || (await sha256Hex(data)) !== a.id) {
      throw new ImportError('tampered', `附件 ${a.name} 与它的哈希不符，可能被改动过。`, `Attachment ${a.name} does not match its hash: it may have been changed.`);
    }
    bytes.set(a.id, data);
  }
  return bytes;
}

const caseKey = (name: string) => name.trim().toLowerCase();

/**
 * Merges a parsed backup into the store. Existing records, attachments, numbers and settings win
 * (they are counted as duplicates); cases are matched by name. All-or-nothing.
 */
export async function restoreBackup(db: AnningDb, backup: Backup, opts: RestoreOptions = {}): Promise<RestoreReport> {
  const bytes = await checkIntegrity(backup);
  const now = opts.now ?? Date.now();
  const t = backup.tables;
  const tables = [db.messages, db.calls, db.cases, db.attachments, db.numbers, db.complaints, db.drafts, db.subscriptions, db.settings, db.imports, db.pendingImports, db.pendingChunks];
  return db.transaction('rw', tables, async () => {
    const report: RestoreReport = {
      messages: { added: 0, duplicates: 0 },
      calls: { added: 0, duplicates: 0 },
      attachments: { added: 0, duplicates: 0 },
      cases: { added: 0, matched: 0 },
      other: { added: 0, skipped: 0 },
    };

    // Cases: the backup's ids mean nothing here; match by name or add, and remember the mapping.
    const caseMap = new Map<number, number>();
    if (opts.caseId === undefined) {
      const usedCaseIds = new Set<number>();
      for (const r of [...t.messages, ...t.calls, ...t.attachments]) if (r.caseId !== undefined) usedCaseIds.add(r.caseId);
      const existing = new Map((await db.cases.toArray()).map((c) => [caseKey(c.name), c.id!]));
      for (const c of t.cases) {
        if (opts.evidenceOnly && !usedCaseIds.has(c.id)) continue;
        const found = existing.get(caseKey(c.name));
        if (found !== undefined) {
          caseMap.set(c.id, found);
          report.cases.matched++;
        } else {
          const { id: _old, ...rest } = c;
          const id = (await db.cases.add({ ...(rest as Omit<CaseEntry, 'id'>), updatedAt: now })) as number;
          existing.set(caseKey(c.name), id);
          caseMap.set(c.id, id);
          report.cases.added++;
        }
      }
    }
    const mapCase = (id: number | undefined) => (opts.caseId !== undefined ? opts.caseId : id === undefined ? undefined : caseMap.get(id));

    const mergeRecords = async <T extends MessageRecord | CallRecord>(table: AnningDb['messages'] | AnningDb['calls'], records: T[], into: { added: number; duplicates: number }) => {
      if (!records.length) return;
      // All stored keys in one getAllKeys() request: far cheaper than fetching 100,000 values.
      const seen = new Set<string>(await (table as unknown as AnningDb['messages']).toCollection().primaryKeys());
      // Records an import still pending wrote are claimed: stored now, whatever that import does.
      const claimed = await claimPending(db, table.name as 'messages' | 'calls', records.filter((r) => seen.has(r.id)).map((r) => r.id));
      into.added += claimed.size;
      const fresh: T[] = [];
      records.forEach((r) => {
        if (claimed.has(r.id)) return void claimed.delete(r.id);
        if (seen.has(r.id)) return void into.duplicates++;
        seen.add(r.id);
        const caseId = mapCase(r.caseId);
        const copy = { ...r, owner: opts.owner ?? r.owner } as T;
        if (caseId === undefined) delete copy.caseId;
        else copy.caseId = caseId;
        fresh.push(copy);
      });
      await (table as unknown as AnningDb['messages']).bulkAdd(fresh as unknown as MessageRecord[]);
      into.added += fresh.length;
    };
    await mergeRecords(db.messages, t.messages, report.messages);
    await mergeRecords(db.calls, t.calls, report.calls);

    const haveFiles = await db.attachments.bulkGet(t.attachments.map((a) => a.id));
    const newFiles: AttachmentEntry[] = [];
    t.attachments.forEach((a, i) => {
      if (haveFiles[i] || newFiles.some((f) => f.id === a.id)) return void report.attachments.duplicates++;
      const { data: _data, ...meta } = a;
      const entry: AttachmentEntry = { ...meta, caseId: mapCase(a.caseId), blob: new Blob([bytes.get(a.id)! as BlobPart], { type: a.type }) };
      if (entry.caseId === undefined) delete entry.caseId;
      newFiles.push(entry);
    });
    await db.attachments.bulkAdd(newFiles);
    report.attachments.added = newFiles.length;

    if (!opts.evidenceOnly) {
      const count = (added: boolean) => (added ? report.other.added++ : report.other.skipped++);
      const haveNumbers = await db.numbers.bulkGet(t.numbers.map((n) => n.key));
      const numbers = t.numbers.filter((_, i) => !haveNumbers[i]).map((n) => {
        const copy = { ...n, caseId: mapCase(n.caseId) };
        if (copy.caseId === undefined) delete copy.caseId;
        return copy;
      });
      report.other.added += numbers.length;
      report.other.skipped += t.numbers.length - numbers.length;
      await db.numbers.bulkPut(numbers as never[]);

      // Complaints and drafts have no natural key: the same case, channel and creation time is the same one.
      for (const [table, rows] of [[db.complaints, t.complaints], [db.drafts, t.drafts]] as const) {
        const existing = new Set((await (table as AnningDb['complaints']).toArray()).map((c) => `${c.caseId}|${c.channel}|${c.createdAt}`));
        for (const row of rows) {
          const caseId = mapCase(row.caseId);
          if (caseId === undefined || existing.has(`${caseId}|${row.channel}|${row.createdAt}`)) {
            count(false);
            continue;
          }
          const { id: _id, ...rest } = row;
          await (table as AnningDb['complaints']).add({ ...(rest as object), caseId } as never);
          count(true);
        }
      }
      const subscriptionUrls = new Set((await db.subscriptions.toArray()).map((s) => s.url));
      for (const s of t.subscriptions) {
        if (subscriptionUrls.has(s.url)) {
          count(false);
          continue;
        }
        const { id: _id, ...rest } = s;
        await db.subscriptions.add(rest as never);
        count(true);
      }
      const haveSettings = await db.settings.bulkGet(t.settings.map((s) => s.key));
      const settings = t.settings.filter((_, i) => !haveSettings[i]);
      report.other.skipped += t.settings.length - settings.length;
      report.other.added += settings.length;
      await db.settings.bulkAdd(settings);
      for (const log of t.imports) {
        const { id: _id, ...rest } = log;
        await db.imports.add(rest as Omit<ImportLogEntry, 'id'>);
      }
    }

    const log: Omit<ImportLogEntry, 'id'> = {
      at: now,
      source: opts.source ?? 'backup',
      fileName: opts.fileName ?? '',
      added: report.messages.added + report.calls.added,
      duplicates: report.messages.duplicates + report.calls.duplicates,
      rejected: 0,
      messages: opts.owner ? [`owner=${opts.owner}`] : [],
    };
    await db.imports.add(log);
    return report;
  });
}
