/**
 * Everything the evidence report shows, as plain data, so the same report renders in the report page,
 * inside the bundle and in tests. The numbers come from utils/classify/analysis.ts (contacts, days,
 * frequency, case summary, heat map); the selection is treated as one case, so the report counts
 * exactly the records the user chose.
 */
import { classifyMessage, type Classification, type MessageInput } from '../classify';
import { analyzeRecords, contactHeatmap, type CaseSummary } from '../classify/analysis';
import { citationsFor, ruleById, rulesFor, type LegalBasis, type RuleId } from '../classify/rules';
import { RECORD_VIOLATIONS, type RecordViolation } from '../classify/types';
import type { EvidenceRecord } from '../evidence/types';
import type { RecordVerdict } from '../view/classifyRecord';

export interface ReportData {
  title: string;
  generatedAt: number;
  records: EvidenceRecord[];
  verdicts: Map<string, RecordVerdict>;
  summary: CaseSummary | null;
  perDay: Array<{ day: string; count: number; odd: number }>;
  /** Contacts per Beijing date and hour (rows = dates, 24 columns). */
  heat: { days: string[]; cells: number[][]; max: number };
  rules: Array<{ id: RuleId; violation: RecordViolation; title: { zh: string; en: string }; explanation: { zh: string; en: string }; citations: LegalBasis[] }>;
}

const SELECTION = 'selection';

export function buildReportData(title: string, records: EvidenceRecord[], verdicts: Map<string, RecordVerdict>, now: number): ReportData {
  const sorted = records.slice().sort((a, b) => a.at - b.at);
  // Reuse the verdicts already computed for the table instead of classifying twice.
  const byText = new Map<string, Classification>();
  for (const r of sorted) {
    const v = verdicts.get(r.id);
    if (v && r.kind === 'message') byText.set(`${r.at}\u0001${r.text}`, v);
  }
  const classify = (m: MessageInput) => byText.get(`${m.at}\u0001${m.text}`) ?? classifyMessage(m);
  const messages = sorted.filter((r) => r.kind === 'message').map((r) => ({ ...r, caseId: SELECTION }));
  const calls = sorted.filter((r) => r.kind === 'call').map((r) => ({ ...r, caseId: SELECTION }));
  const analysis = analyzeRecords(messages, calls, { classify });
  const summary = analysis.cases.find((c) => c.caseKey === SELECTION) ?? null;
  const days = analysis.days.filter((d) => d.caseKey === SELECTION);
  const heat = contactHeatmap(analysis.contacts, { by: 'date', caseKey: SELECTION });

  // The rules broken, each with the citations in force at the time of its latest instance.
  const latest = new Map<RuleId, number>();
  for (const c of analysis.contacts) {
    for (const h of c.hits) latest.set(h.rule, Math.max(latest.get(h.rule) ?? 0, c.at));
    for (const v of c.violations) {
      if (c.hits.some((h) => h.violation === v)) continue;
      const rule = rulesFor(v)[0];
      if (rule) latest.set(rule.id, Math.max(latest.get(rule.id) ?? 0, c.at));
    }
  }
  for (const f of analysis.frequency) latest.set(f.rule, Math.max(latest.get(f.rule) ?? 0, Date.parse(`${f.day}T12:00:00+08:00`)));
  const rules: ReportData['rules'] = [...latest].map(([id, at]) => {
    const rule = ruleById(id);
    return { id, violation: rule.violation, title: rule.title, explanation: rule.explanation, citations: citationsFor(rule.violation, at, id) };
  });
  rules.sort((a, b) => RECORD_VIOLATIONS.indexOf(a.violation) - RECORD_VIOLATIONS.indexOf(b.violation) || a.id.localeCompare(b.id));

  return {
    title,
    generatedAt: now,
    records: sorted,
    verdicts,
    summary,
    perDay: days.map((d) => ({ day: d.day, count: d.callAttempts + d.sms, odd: d.oddHourContacts })),
    heat: { days: heat.rows, cells: heat.counts, max: heat.max },
    rules,
  };
}
