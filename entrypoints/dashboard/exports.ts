/** The dashboard's export actions: read from the store (read-only), build the file, download it. */
import { renderReportHtml } from '../../components/EvidenceReport';
import type { EvidenceRecord } from '../../utils/evidence/types';
import { createBackup, serializeBackup } from '../../utils/export/backup';
import { buildBundle } from '../../utils/export/bundle';
import { recordsToCsv } from '../../utils/export/csv';
import { downloadBlob, exportFileName } from '../../utils/export/download';
import { buildReportData } from '../../utils/export/reportData';
import { getLang } from '../../utils/i18n';
import { violationName } from '../../utils/i18n/violationNames';
import { request } from '../../utils/messaging/client';
import { getDb } from '../../utils/store/db';
import type { CaseEntry } from '../../utils/store/types';
import { classifyRecord, type RecordVerdict } from '../../utils/view/classifyRecord';
import { violationsOfMask, type EvidenceIndex } from '../../utils/view/evidenceIndex';

export function caseNamer(cases: CaseEntry[]) {
  const names = new Map(cases.map((c) => [c.id!, c.name]));
  return (id: number | undefined) => (id === undefined ? '' : names.get(id) ?? '');
}

/** Full verdicts (with phrases) for a selection: the report shows every phrase. */
export function verdictsFor(records: EvidenceRecord[]): Map<string, RecordVerdict> {
  return new Map(records.map((r) => [r.id, classifyRecord(r)]));
}

export function csvFor(records: EvidenceRecord[], cases: CaseEntry[], index?: EvidenceIndex | null): string {
  return recordsToCsv(records, {
    caseName: caseNamer(cases),
    lang: getLang(),
    violationsOf: (r) => {
      const i = index?.indexOf(r.id) ?? -1;
      const violations = i >= 0 && index!.classified[i] ? violationsOfMask(index!.masks[i]!) : classifyRecord(r).violations;
      return violations.map((v) => violationName(v));
    },
  });
}

export function exportCsv(records: EvidenceRecord[], cases: CaseEntry[], index?: EvidenceIndex | null): void {
  downloadBlob(new Blob([csvFor(records, cases, index)], { type: 'text/csv;charset=utf-8' }), exportFileName('evidence', Date.now(), 'csv'));
}

export async function exportBundle(records: EvidenceRecord[], title: string, cases: CaseEntry[], index?: EvidenceIndex | null): Promise<{ manifestSha256: string; files: number }> {
  const now = Date.now();
  const db = getDb();
  const ids = records.map((r) => r.id);
  const attachmentIds = new Set(records.flatMap((r) => r.attachmentIds));
  const attachments = (await db.attachments.where('recordId').anyOf(ids).toArray()).concat(
    (await db.attachments.bulkGet([...attachmentIds])).filter((a): a is NonNullable<typeof a> => !!a),
  );
  const unique = [...new Map(attachments.map((a) => [a.id, a])).values()];
  const reportHtml = renderReportHtml(buildReportData(title, records, verdictsFor(records), now));
  const { zip, manifestSha256, manifest } = await buildBundle({
    title, records, attachments: unique, caseName: caseNamer(cases), csv: csvFor(records, cases, index), reportHtml, now,
  });
  downloadBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), exportFileName('bundle', now, 'zip'));
  return { manifestSha256, files: manifest.files.length };
}

export async function exportBackup(): Promise<{ records: number }> {
  const now = Date.now();
  const backup = await createBackup(getDb(), now);
  downloadBlob(new Blob([serializeBackup(backup)], { type: 'application/json' }), exportFileName('backup', now, 'json'));
  const records = backup.tables.messages.length + backup.tables.calls.length;
  await request('export/backed-up', { at: now, records });
  return { records };
}
