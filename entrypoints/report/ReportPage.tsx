/**
 * The printable evidence report page (report.html#caseId=3&from=2025-06-01 …): the same filters as
 * the dashboard's list, so "print report" prints what the user was looking at. Print or save as PDF
 * from the browser; the toolbar is not printed.
 */
import { useEffect, useState } from 'preact/hooks';
import { EvidenceReport, REPORT_CSS } from '../../components/EvidenceReport';
import type { EvidenceRecord } from '../../utils/evidence/types';
import { buildReportData, type ReportData } from '../../utils/export/reportData';
import { defineMessages } from '../../utils/i18n';
import { getDb } from '../../utils/store/db';
import { visibleEvidence } from '../../utils/store/visible';
import { EvidenceIndex } from '../../utils/view/evidenceIndex';
import { filtersFromParams } from '../../utils/view/filters';
import { classifyRecord } from '../../utils/view/classifyRecord';
import { maskOf } from '../../utils/view/evidenceIndex';

const t = defineMessages({
  zh: { print: '打印 / 另存为 PDF', loading: '正在生成报告…', all: '全部证据', empty: '没有符合条件的记录。', back: '返回面板' },
  en: { print: 'Print / save as PDF', loading: 'Preparing the report…', all: 'All evidence', empty: 'No records match.', back: 'Back to dashboard' },
});

async function load(params: URLSearchParams): Promise<ReportData> {
  const db = getDb();
  const ev = visibleEvidence(db);
  const [messages, calls, cases] = await Promise.all([ev.messages.toArray(), ev.calls.toArray(), db.cases.toArray()]);
  const index = new EvidenceIndex([...messages, ...calls]);
  const filters = filtersFromParams(params);
  if (filters.violation) for (const r of index.records) index.setMask(r.id, maskOf(classifyRecord(r).violations));
  const records: EvidenceRecord[] = Array.from(index.filter(filters), (i) => index.records[i]!);
  const caseEntry = filters.caseId ? cases.find((c) => c.id === filters.caseId) : undefined;
  const title = params.get('title') || caseEntry?.name || t('all');
  return buildReportData(title, records, new Map(records.map((r) => [r.id, classifyRecord(r)])), Date.now());
}

export function ReportPage() {
  const [data, setData] = useState<ReportData | null>(null);
  useEffect(() => {
    const run = () => void load(new URLSearchParams(location.hash.replace(/^#\??/, ''))).then((d) => {
      setData(d);
      document.title = `${d.title} · 证据报告`;
    });
    run();
    addEventListener('hashchange', run);
    return () => removeEventListener('hashchange', run);
  }, []);
  return (
    <>
      <style>{REPORT_CSS}{`body{margin:0;background:#e9ecef}.rp-bar{position:sticky;top:0;display:flex;gap:8px;justify-content:center;padding:8px;background:#1f6f5c}.rp-bar button,.rp-bar a{font:inherit;padding:6px 14px;border-radius:6px;border:0;background:#fff;color:#1d2331;text-decoration:none;cursor:pointer}@media print{body{background:#fff}}`}</style>
      <div class="rp-bar no-print">
        <button type="button" onClick={() => print()} disabled={!data}>{t('print')}</button>
        <a href="/dashboard.html#/evidence">{t('back')}</a>
      </div>
      {!data ? <p class="rp" role="status">{t('loading')}</p> : data.records.length === 0 ? <p class="rp">{t('empty')}</p> : <EvidenceReport data={data} />}
    </>
  );
}
