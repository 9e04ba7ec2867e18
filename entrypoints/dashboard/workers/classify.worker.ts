/**
 * Classifies records off the page's thread (about 100 µs a message: 100,000 take seconds), posting
 * one violation bit mask per record batch by batch so the list's filters fill in as it goes, then the
 * per-case analysis (utils/classify/analysis.ts) for the overview. The worker stays alive and keeps
 * its classifications: sealed text never changes, so a reload after an annotation is fast.
 */
import { classifyMessage, type Classification, type MessageInput } from '../../../utils/classify';
import { analyzeRecords, contactHeatmap, dailyStats, summarizeCase, type CaseSummary, type DayStats } from '../../../utils/classify/analysis';
import type { EvidenceRecord } from '../../../utils/evidence/types';
import { classifyRecord } from '../../../utils/view/classifyRecord';
import { maskOf } from '../../../utils/view/evidenceIndex';

export type ClassifyItem = Pick<EvidenceRecord, 'id' | 'kind' | 'number' | 'numberRaw' | 'direction' | 'text' | 'at' | 'owner' | 'caseId'> & { durationSec: number };
export type OverviewCase = { summary: CaseSummary; days: Array<Pick<DayStats, 'day' | 'callAttempts' | 'sms' | 'oddHourContacts'>>; heat: { rows: string[]; counts: number[][]; max: number } };
export type FromClassifyWorker =
  | { type: 'masks'; run: number; ids: string[]; masks: number[] }
  | { type: 'analysis'; run: number; cases: Record<string, OverviewCase> };
export type ToClassifyWorker = { type: 'run'; run: number; items: ClassifyItem[] };

const BATCH = 1_000;
const cache = new Map<string, Classification>();
const key = (m: MessageInput) => `${m.at}\u0001${m.from ?? ''}\u0001${m.text}`;
const cachedClassify = (m: MessageInput): Classification => {
  const k = key(m);
  let c = cache.get(k);
  if (!c) {
    c = classifyMessage(m);
    cache.set(k, c);
  }
  return c;
};
let current = 0;
const post = (m: FromClassifyWorker) => (self as unknown as Worker).postMessage(m);
const pause = () => new Promise((ok) => setTimeout(ok, 0));

function overviewCase(summary: CaseSummary, days: DayStats[], heat: OverviewCase['heat']): OverviewCase {
  return { summary, days: days.map((d) => ({ day: d.day, callAttempts: d.callAttempts, sms: d.sms, oddHourContacts: d.oddHourContacts })), heat };
}

async function run(runId: number, items: ClassifyItem[]) {
  for (let i = 0; i < items.length; i += BATCH) {
    if (runId !== current) return; // a newer run replaced this one
    const ids: string[] = [];
    const masks: number[] = [];
    for (const item of items.slice(i, i + BATCH)) {
      // classifyRecord calls classifyMessage with the number as written; the cache serves analysis too.
      const v = item.direction === 'out' || !item.text ? null : classifyRecord(item, cachedClassify);
      ids.push(item.id);
      masks.push(v ? maskOf(v.violations) : 0);
    }
    post({ type: 'masks', run: runId, ids, masks });
    await pause(); // let a newer run's message in
  }
  if (runId !== current) return;
  const messages = items.filter((r) => r.kind === 'message');
  const calls = items.filter((r) => r.kind === 'call');
  const analysis = analyzeRecords(messages, calls, { classify: (m) => cachedClassify({ ...m, from: numberRawOf.get(`${m.at}\u0001${m.from}`) ?? m.from }) });
  const cases: Record<string, OverviewCase> = {};
  for (const summary of analysis.cases) {
    cases[summary.caseKey] = overviewCase(summary, analysis.days.filter((d) => d.caseKey === summary.caseKey), contactHeatmap(analysis.contacts, { by: 'date', caseKey: summary.caseKey }));
  }
  // Everything together, as one "case".
  const all = analysis.contacts.map((c) => ({ ...c, caseKey: '*' }));
  const allDays = dailyStats(all);
  const allFrequency = analysis.frequency.map((f) => ({ ...f, caseKey: '*' }));
  cases['*'] = overviewCase(summarizeCase('*', all, allDays, allFrequency), allDays, contactHeatmap(all, { by: 'date' }));
  post({ type: 'analysis', run: runId, cases });
}

// analysis passes the number key as `from`; the list classified with the number as written.
const numberRawOf = new Map<string, string>();

self.addEventListener('message', (e: MessageEvent<ToClassifyWorker>) => {
  current = e.data.run;
  numberRawOf.clear();
  for (const r of e.data.items) if (r.kind === 'message') numberRawOf.set(`${r.at}\u0001${r.number}`, r.numberRaw);
  void run(e.data.run, e.data.items);
});
