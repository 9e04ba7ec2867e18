/**
 * Reading an evidence bundle back in — typically a family member's, whose phone received the
 * collector's messages. The bundle is verified first (one changed record refuses the whole bundle),
 * then turned into a backup document so it takes the one restore path (all-or-nothing, merge,
 * dedupe). The owner the borrower picks is set on every record: a relative's evidence is third-party
 * contact (issue #5).
 */
import { unzipSync } from 'fflate';
import { bytesToBase64 } from './base64';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup';
import { ImportError } from './errors';
import { verifyBundle } from './verifier.js';

export const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;

export async function bundleToBackup(bytes: Uint8Array): Promise<Backup> {
  if (bytes.length > MAX_BUNDLE_BYTES) throw new ImportError('too_large', '证据包太大。', 'The bundle is too large.');
  const check = await verifyBundle(bytes);
  if (check.error) throw new ImportError('not_bundle', `这不是安宁的证据包（${check.error}）。`, `This is not an Anning evidence bundle (${check.error}).`);
  if (!check.ok) {
    const bad = [...check.records.filter((r) => r.status !== 'intact').map((r) => r.id), ...check.files.filter((f) => f.status !== 'intact').map((f) => f.path), ...check.unlisted];
    throw new ImportError('tampered', `证据包有改动，未导入：${bad.slice(0, 5).join('、')}`, `The bundle has been changed and was not imported: ${bad.slice(0, 5).join(', ')}`);
  }
  const files = unzipSync(bytes);
  const dec = new TextDecoder();
  let manifest: { createdAt: number; records: Array<{ id: string; hash: string }>; attachments: Array<{ path: string; id: string; name: string; type: string; size: number; recordId?: string }> };
  let annotations: Record<string, { caseName?: string; notes?: string; tags?: string[]; attachmentIds?: string[] }>;
  try {
    manifest = JSON.parse(dec.decode(files['manifest.json']));
    annotations = JSON.parse(dec.decode(files['annotations.json'] ?? new Uint8Array()) || '{}');
  } catch {
    throw new ImportError('not_bundle', '证据包的清单无法读取。', "The bundle's manifest cannot be read.");
  }
  const lines = dec.decode(files['records.jsonl']).split('\n').filter(Boolean);
  const caseIds = new Map<string, number>();
  const messages: unknown[] = [];
  const calls: unknown[] = [];
  manifest.records.forEach((entry, i) => {
    const sealed = JSON.parse(lines[i]!);
    const note = (Object.hasOwn(annotations, entry.id) ? annotations[entry.id] : undefined) ?? {};
    let caseId: number | undefined;
    if (note.caseName) {
      if (!caseIds.has(note.caseName)) caseIds.set(note.caseName, caseIds.size + 1);
      caseId = caseIds.get(note.caseName);
    }
    const record = {
      ...sealed,
      id: entry.id,
      hash: entry.hash,
      owner: 'other',
      notes: typeof note.notes === 'string' ? note.notes : '',
      tags: Array.isArray(note.tags) ? note.tags : [],
      attachmentIds: Array.isArray(note.attachmentIds) ? note.attachmentIds : [],
      ...(caseId ? { caseId } : {}),
    };
    (sealed.kind === 'call' ? calls : messages).push(record);
  });
  const now = manifest.createdAt;
  // Shape only here: parseBackup() in the background validates every field as for any backup.
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now,
    tables: {
      messages,
      calls,
      cases: [...caseIds].map(([name, id]) => ({ id, name, kind: 'unknown', serviceNumber: '', loan: {}, notes: '', createdAt: now, updatedAt: now })),
      attachments: manifest.attachments.map((a) => ({
        id: a.id, name: a.name, type: a.type, size: a.size, ...(a.recordId ? { recordId: a.recordId } : {}),
        capturedAt: now, sourceUrl: 'bundle', data: bytesToBase64(files[a.path] ?? new Uint8Array()),
      })),
      numbers: [], complaints: [], drafts: [], subscriptions: [], settings: [], imports: [],
    },
  } as unknown as Backup;
}
