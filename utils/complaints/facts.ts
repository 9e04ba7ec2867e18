/**
 * The facts of one case, as a complaint states them: every figure here is counted from stored records
 * (and nothing else), so a draft never says more than the evidence shows.
 */
import type { Hit } from '../classify';
import { collectContacts, dailyStats, frequencyViolations, type Thresholds } from '../classify/analysis';
import type { RecordViolation } from '../classify/types';
import type { CallRecord, EvidenceOwner, MessageRecord } from '../evidence/types';
import type { CaseEntry } from '../store/types';

export interface Excerpt {
  recordId: string;
  at: number;
  /** The time is known only to the day (no hour). */
  dayOnly: boolean;
  /** Sender as the page or file showed it. */
  sender: string;
  numberKey: string;
  text: string;
  owner: EvidenceOwner;
  violations: RecordViolation[];
  hits: Hit[];
}

export interface DayLine {
  day: string;
  attempts: number;
  connected: number;
  sms: number;
  oddHours: number;
  thirdParty: number;
  /** More contacts than FACTS.md §1 allows on this day. */
  excessive: boolean;
}

export interface ViolationFact {
  violation: RecordViolation;
  /** Records (or, for `frequency`, days) that show it. */
  count: number;
  firstAt: number;
  lastAt: number;
  /** Times of every act, for choosing the law in force at each. */
  acts: number[];
  ruleIds: string[];
}

export interface CallFact {
  recordId: string;
  at: number;
  numberKey: string;
  sender: string;
  durationSec: number;
}

export interface CaseFacts {
  firstAt?: number;
  lastAt?: number;
  /** Distinct Beijing days with any collection contact. */
  days: number;
  /** Incoming call attempts (answered, missed, rejected, blocked …). */
  calls: number;
  connectedCalls: number;
  /** Incoming messages that are collection. */
  sms: number;
  oddHours: number;
  /** Contacts received by someone other than the borrower, or aimed at them. */
  thirdParty: number;
  thirdPartyOwners: EvidenceOwner[];
  /** Number keys the collector used, most used first. */
  numbers: Array<{ key: string; display: string; count: number }>;
  timeline: DayLine[];
  violations: ViolationFact[];
  /** Collection messages, worst first (most violations), then oldest. */
  excerpts: Excerpt[];
  /** Incoming calls, newest first. */
  callList: CallFact[];
  /** Every record the figures came from. */
  recordIds: string[];
}

/**
 * The facts of a case from its records, through utils/classify/analysis.ts (contacts, per-day stats,
 * frequency against the FACTS §1 thresholds). Every record passed in belongs to the case.
 */
export function summarizeCase(messages: MessageRecord[], calls: CallRecord[], thresholds?: Partial<Thresholds>): CaseFacts {
  const CASE = 'case';
  const byId = new Map<string, MessageRecord | CallRecord>([...messages, ...calls].map((r) => [r.id, r]));
  const contacts = collectContacts(
    messages.map((m) => ({ ...m, caseId: CASE })),
    calls.map((c) => ({ ...c, caseId: CASE })),
  );
  // A time known only to the day says nothing about the hour: never count it as night-time.
  for (const c of contacts) {
    const r = byId.get(c.id!);
    if (r?.atPrecision === 'day' && c.oddHour) {
      c.oddHour = false;
      c.violations = c.violations.filter((v) => v !== 'odd_hours');
    }
  }
  const days = dailyStats(contacts);
  const frequency = frequencyViolations(days, thresholds);

  const vio = new Map<RecordViolation, ViolationFact>();
  const mark = (v: RecordViolation, at: number, rule?: string) => {
    let f = vio.get(v);
    if (!f) vio.set(v, (f = { violation: v, count: 0, firstAt: at, lastAt: at, acts: [], ruleIds: [] }));
    f.count++;
    f.firstAt = Math.min(f.firstAt, at);
    f.lastAt = Math.max(f.lastAt, at);
    f.acts.push(at);
    if (rule && !f.ruleIds.includes(rule)) f.ruleIds.push(rule);
  };

  const numbers = new Map<string, { key: string; display: string; count: number }>();
  const owners = new Set<EvidenceOwner>();
  const excerpts: Excerpt[] = [];
  const callList: CallFact[] = [];
  for (const c of contacts) {
    const r = byId.get(c.id!)!;
    const n = numbers.get(c.number) ?? { key: c.number, display: r.numberRaw || c.number, count: 0 };
    n.count++;
    numbers.set(c.number, n);
    if (c.toThirdParty) owners.add(c.owner as EvidenceOwner);
    for (const v of c.violations) {
      const rule = c.hits.find((h) => h.violation === v)?.rule
        ?? (v === 'odd_hours' ? 'odd_hours.night' : v === 'third_party' ? 'third_party.disclosure' : undefined);
      mark(v, c.at, rule);
    }
    if (c.kind === 'message') {
      excerpts.push({
        recordId: r.id, at: r.at, dayOnly: r.atPrecision === 'day', sender: r.numberRaw || r.number, numberKey: r.number,
        text: c.text ?? '', owner: (c.owner as EvidenceOwner) ?? 'borrower', violations: c.violations, hits: c.hits,
      });
    } else {
      callList.push({ recordId: r.id, at: r.at, numberKey: r.number, sender: r.numberRaw || r.number, durationSec: c.durationSec ?? 0 });
    }
  }
  // Frequency is per day (and person called): one act per day over the limit, at Beijing noon.
  const overDays = new Set<string>();
  for (const f of frequency) {
    const at = Date.parse(`${f.day}T12:00:00+08:00`);
    if (!overDays.has(f.day)) { overDays.add(f.day); mark('frequency', at, f.rule); }
    else if (!vio.get('frequency')!.ruleIds.includes(f.rule)) vio.get('frequency')!.ruleIds.push(f.rule);
  }
  const timeline: DayLine[] = days.map((d) => ({
    day: d.day, attempts: d.callAttempts, connected: d.callsConnected, sms: d.sms, oddHours: d.oddHourContacts,
    thirdParty: d.thirdPartyContacts, excessive: overDays.has(d.day),
  }));
  const score = (e: Excerpt) => e.violations.filter((v) => v !== 'odd_hours').length * 2 + (e.violations.includes('odd_hours') ? 1 : 0);
  excerpts.sort((a, b) => score(b) - score(a) || a.at - b.at);
  callList.sort((a, b) => b.at - a.at);
  const calls_ = contacts.filter((c) => c.kind === 'call');
  return {
    firstAt: contacts[0]?.at,
    lastAt: contacts.at(-1)?.at,
    days: days.length,
    calls: calls_.length,
    connectedCalls: calls_.filter((c) => c.connected).length,
    sms: contacts.length - calls_.length,
    oddHours: contacts.filter((c) => c.oddHour).length,
    thirdParty: contacts.filter((c) => c.violations.includes('third_party')).length,
    thirdPartyOwners: [...owners],
    numbers: [...numbers.values()].sort((a, b) => b.count - a.count),
    timeline,
    violations: [...vio.values()],
    excerpts,
    callList,
    recordIds: contacts.map((c) => c.id!),
  };
}

/** The lender's name as complaints write it. */
export function lenderName(c: CaseEntry): string {
  return c.name.trim() || c.loan.platform?.trim() || '';
}
