/**
 * The facts of one case, as a complaint states them: every figure here is counted from stored records
 * (and nothing else), so a draft never says more than the evidence shows.
 */
import { classifyMessage, type Hit } from '../classify';
import { isOddHour } from '../classify';
import type { RecordViolation } from '../classify/types';
import type { CallRecord, EvidenceOwner, MessageRecord } from '../evidence/types';
import { beijingDay } from '../i18n/time';
import type { CaseEntry } from '../store/types';

/** Thresholds from FACTS.md §1: more than 3 connected calls or more than 6 attempts in one day. */
export const FREQUENCY = { connected: 3, attempts: 6, source: 'FACTS.md §1' } as const;

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

const INCOMING_CALL = new Set(['in', 'missed', 'rejected', 'blocked', 'voicemail']);

export function summarizeCase(messages: MessageRecord[], calls: CallRecord[]): CaseFacts {
  const days = new Map<string, DayLine>();
  const numbers = new Map<string, { key: string; display: string; count: number }>();
  const vio = new Map<RecordViolation, ViolationFact>();
  const owners = new Set<EvidenceOwner>();
  const excerpts: Excerpt[] = [];
  const callList: CallFact[] = [];
  const recordIds: string[] = [];
  let first: number | undefined;
  let last: number | undefined;
  let sms = 0;
  let attempts = 0;
  let connected = 0;
  let odd = 0;
  let third = 0;

  const dayOf = (at: number) => {
    const d = beijingDay(at);
    let line = days.get(d);
    if (!line) days.set(d, (line = { day: d, attempts: 0, connected: 0, sms: 0, oddHours: 0, thirdParty: 0, excessive: false }));
    return line;
  };
  const mark = (v: RecordViolation, at: number, rule?: string) => {
    let f = vio.get(v);
    if (!f) vio.set(v, (f = { violation: v, count: 0, firstAt: at, lastAt: at, acts: [], ruleIds: [] }));
    f.count++;
    f.firstAt = Math.min(f.firstAt, at);
    f.lastAt = Math.max(f.lastAt, at);
    f.acts.push(at);
    if (rule && !f.ruleIds.includes(rule)) f.ruleIds.push(rule);
  };
  const touch = (r: MessageRecord | CallRecord) => {
    recordIds.push(r.id);
    first = first === undefined ? r.at : Math.min(first, r.at);
    last = last === undefined ? r.at : Math.max(last, r.at);
    const n = numbers.get(r.number) ?? { key: r.number, display: r.numberRaw || r.number, count: 0 };
    n.count++;
    numbers.set(r.number, n);
  };

  for (const m of messages) {
    if (m.direction !== 'in') continue;
    const c = classifyMessage({ text: m.text, from: m.numberRaw, at: m.atPrecision === 'day' ? undefined : m.at });
    const isThird = m.owner !== 'borrower';
    // A message in a case is there because the user put it there; the classifier decides its violations.
    if (!c.collection && !isThird) continue;
    touch(m);
    sms++;
    const line = dayOf(m.at);
    line.sms++;
    const violations = new Set<RecordViolation>(c.violations);
    if (m.atPrecision === 'day') violations.delete('odd_hours');
    else if (isOddHour(m.at)) violations.add('odd_hours');
    if (isThird) {
      violations.add('third_party');
      owners.add(m.owner);
    }
    if (violations.has('third_party')) { third++; line.thirdParty++; }
    if (violations.has('odd_hours')) { odd++; line.oddHours++; }
    for (const v of violations) {
      const hit = c.hits.find((h) => h.violation === v);
      mark(v, m.at, hit?.rule);
    }
    excerpts.push({
      recordId: m.id, at: m.at, dayOnly: m.atPrecision === 'day', sender: m.numberRaw || m.number, numberKey: m.number,
      text: m.text, owner: m.owner, violations: [...violations], hits: c.hits,
    });
  }

  for (const c of calls) {
    if (!INCOMING_CALL.has(c.direction)) continue;
    touch(c);
    attempts++;
    const line = dayOf(c.at);
    line.attempts++;
    if (c.direction === 'in' && c.durationSec > 0) { connected++; line.connected++; }
    if (c.atPrecision !== 'day' && isOddHour(c.at)) {
      odd++;
      line.oddHours++;
      mark('odd_hours', c.at, 'odd_hours.night');
    }
    if (c.owner !== 'borrower') {
      third++;
      line.thirdParty++;
      owners.add(c.owner);
      mark('third_party', c.at, 'third_party.disclosure');
    }
    callList.push({ recordId: c.id, at: c.at, numberKey: c.number, sender: c.numberRaw || c.number, durationSec: c.durationSec });
  }

  const timeline = [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
  for (const line of timeline) {
    const over = line.connected > FREQUENCY.connected || line.attempts > FREQUENCY.attempts;
    line.excessive = over;
    if (over) {
      const at = Date.parse(`${line.day}T12:00:00+08:00`);
      mark('frequency', at, line.connected > FREQUENCY.connected ? 'frequency.connected' : 'frequency.attempts');
    }
  }
  const score = (e: Excerpt) => e.violations.filter((v) => v !== 'odd_hours').length * 2 + (e.violations.includes('odd_hours') ? 1 : 0);
  excerpts.sort((a, b) => score(b) - score(a) || a.at - b.at);
  callList.sort((a, b) => b.at - a.at);
  return {
    firstAt: first,
    lastAt: last,
    days: timeline.length,
    calls: attempts,
    connectedCalls: connected,
    sms,
    oddHours: odd,
    thirdParty: third,
    thirdPartyOwners: [...owners],
    numbers: [...numbers.values()].sort((a, b) => b.count - a.count),
    timeline,
    violations: [...vio.values()],
    excerpts,
    callList,
    recordIds,
  };
}

/** The lender's name as complaints write it. */
export function lenderName(c: CaseEntry): string {
  return c.name.trim() || c.loan.platform?.trim() || '';
}
