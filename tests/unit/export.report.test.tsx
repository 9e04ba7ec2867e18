// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../components/EvidenceReport';
import { LAW } from '../../utils/classify/rules';
import { sealCalls, sealMessages } from '../../utils/evidence/seal';
import { buildReportData } from '../../utils/export/reportData';
import { fromBeijing } from '../../utils/i18n/time';
import { classifyRecord } from '../../utils/view/classifyRecord';

describe('evidence report', () => {
  it('has the summary, rules with only table citations, verbatim texts as text, and every hash', async () => {
    const ctx = { source: 'test', sourceUrl: 'https://messages.google.com/', capturedAt: fromBeijing(2026, 2, 1) };
    const messages = await sealMessages(
      [
        { numberRaw: '17128753039', direction: 'in', at: fromBeijing(2026, 1, 20, 23, 5), text: '<script>alert(1)</script>再不还款就通知你通讯录里所有的人，后果自负' },
        { numberRaw: '17128753039', direction: 'in', at: fromBeijing(2026, 1, 21, 10, 0), text: '你这个老赖' },
      ],
      ctx,
    );
    const calls = await sealCalls(Array.from({ length: 7 }, (_, i) => ({ numberRaw: '17128753039', direction: 'missed', at: fromBeijing(2026, 1, 21, 12, i) })), ctx);
    const records = [...messages, ...calls];
    const data = buildReportData('某某贷', records, new Map(records.map((r) => [r.id, classifyRecord(r)])), fromBeijing(2026, 2, 1));
    expect(data.summary?.totals.callAttempts).toBe(7);
    expect(data.summary?.violations.map((v) => v.violation)).toEqual(expect.arrayContaining(['contact_list', 'threat', 'odd_hours', 'frequency']));
    const html = renderReportHtml(data);
    // Markup inside a message is escaped text, never a live element; the report has no script at all.
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    for (const r of records) expect(html).toContain(r.hash);
    expect(html).toContain('sha256sum -c SHA256SUMS');
    // Acts from 2026 cite the revised public-security law (第50条), never the old 第42条.
    expect(html).toContain(LAW.civil1033.article);
    expect(html).not.toContain('第42条');
    // Every article number in the report is one the rules table carries.
    const known = new Set(Object.values(LAW).map((b) => (b as { article?: string }).article).filter(Boolean));
    for (const m of html.matchAll(/》(第[^：<（]+?)：/g)) expect(known.has(m[1]!), m[1]).toBe(true);
  });
});
