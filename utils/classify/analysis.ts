// Across records: per case and per Beijing day, what the collector did, how often, and which rules
// that breaks. Pure functions over plain arrays, so the store, the dashboard and complaint drafts
// can all call them (no Dexie, no browser).
//
// Who was contacted comes from the evidence: each record says whose phone it came from (`owner`).
// A collection message or call received by anyone but the borrower is third-party collection,
// whatever its text says (issue #5).
import { beijingDay, beijingHour, beijingWeekday } from '../i18n/time';
import { classifyMessage, isOddHour, type Classification, type Hit, type MessageInput } from './index';
import type { RuleId } from './rules';
import { RECORD_VIOLATIONS, type RecordViolation } from './types';

// ---- input ---------------------------------------------------------------------------------------
export type CallDirection = 'in' | 'out' | 'missed' | 'rejected' | 'blocked' | 'voicemail';

/** The fields of a stored message record that analysis reads. */
export interface MessageLike {
  id?: string;
  /** Sender (parsePhone key or as written). */
  number: string;
  direction: 'in' | 'out' | string;
  /** UTC ms. */
  at: number;
  text?: string;
  caseId?: number | string;
  /** Whose phone the record came from: `borrower` (or absent) or a third party (`family` …). */
  owner?: string;
}

/** The fields of a stored call record that analysis reads. */
export interface CallLike {
  id?: string;
  number: string;
  direction: CallDirection | string;
  at: number;
  durationSec: number;
  caseId?: number | string;
  owner?: string;
}

// ---- settings ------------------------------------------------------------------------------------
export interface ThresholdSetting {
  /** A day is over the threshold when its count is greater than this. */
  value: number;
  rule: RuleId;
  label: { zh: string; en: string };
  /** Where the default comes from: document names and the rules.ts basis ids. */
  source: { zh: string; en: string; basis: string[] };
}

export interface Thresholds {
  maxConnectedCallsPerDay: ThresholdSetting;
  maxCallAttemptsPerDay: ThresholdSetting;
}

/** FACTS §1 defaults: more than 3 connected calls, or more than 6 attempts, in one day is excessive. */
export const DEFAULT_THRESHOLDS: Thresholds = {
  maxConnectedCallsPerDay: {
    value: 3,
    rule: 'frequency.connected',
    label: { zh: '每日接通催收电话上限', en: 'Connected collection calls per day' },
    source: {
      zh: '中国互联网金融协会《互联网金融贷后催收业务指引》（2024）：每日接通不超过3次；GB/T 45251—2025',
      en: 'NIFA Post-Loan Collection Guidelines (2024): at most 3 connected calls a day; GB/T 45251—2025',
      basis: ['nifa-2024', 'gbt-45251-2025'],
    },
  },
  maxCallAttemptsPerDay: {
    value: 6,
    rule: 'frequency.attempts',
    label: { zh: '每日呼叫次数上限', en: 'Call attempts per day' },
    source: {
      zh: '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）：对同一号码每日未接通呼叫不超过6次',
      en: 'China Banking Association collection guidelines (2026): no more than 6 unanswered calls a day to one number',
      basis: ['cba-2026'],
    },
  },
};

export interface AnalysisOptions {
  thresholds?: Partial<Thresholds>;
  /** Whether a record's owner is the borrower. Default: absent, '' or 'borrower'. */
  isBorrower?: (owner: string | undefined) => boolean;
  /** Per-message classifier (default classifyMessage); injectable for cached results. */
  classify?: (msg: MessageInput) => Classification;
}

const defaultIsBorrower = (owner: string | undefined) => !owner || owner === 'borrower';

// ---- contacts ------------------------------------------------------------------------------------
/** One collection contact: an incoming collection message or an incoming call from a collector. */
export interface Contact {
  kind: 'message' | 'call';
  id?: string;
  number: string;
  at: number;
  /** Beijing day `YYYY-MM-DD`. */
  day: string;
  /** Case key: the caseId as a string, or '' for records not assigned to a case. */
  caseKey: string;
  owner: string;
  toThirdParty: boolean;
  oddHour: boolean;
  text?: string;
  /** Calls: the collector got through (duration > 0 and not missed/rejected/blocked). */
  connected?: boolean;
  durationSec?: number;
  violations: RecordViolation[];
  /** Message phrases that show the violations (empty for calls). */
  hits: Hit[];
}

const INCOMING_CALL = new Set(['in', 'missed', 'rejected', 'blocked', 'voicemail']);
const NOT_CONNECTED = new Set(['missed', 'rejected', 'blocked']);

function caseKeyOf(caseId: number | string | undefined): string {
  return caseId === undefined || caseId === null ? '' : String(caseId);
}

/**
 * Turns records into collection contacts. A message counts when it is incoming and the classifier
 * calls it collection (a message without text counts when the user put it in a case). A call counts
 * when it is incoming and its number belongs to a case or has sent a collection message.
 * Records without a case take the case of other records from the same number.
 */
export function collectContacts(messages: readonly MessageLike[], calls: readonly CallLike[], options: AnalysisOptions = {}): Contact[] {
  const isBorrower = options.isBorrower ?? defaultIsBorrower;
  const classify = options.classify ?? classifyMessage;

  const caseOfNumber = new Map<string, string>();
  for (const r of [...messages, ...calls]) {
    const key = caseKeyOf(r.caseId);
    if (key && !caseOfNumber.has(r.number)) caseOfNumber.set(r.number, key);
  }
  const keyFor = (r: { caseId?: number | string; number: string }) => caseKeyOf(r.caseId) || caseOfNumber.get(r.number) || '';

  const contacts: Contact[] = [];
  const collectorNumbers = new Set<string>();
  for (const m of messages) {
    if (m.direction !== 'in' || !Number.isFinite(m.at)) continue;
    const text = typeof m.text === 'string' ? m.text : '';
    let cls: Classification;
    if (text.trim()) {
      cls = classify({ text, from: m.number, at: m.at });
    } else {
      const assigned = caseKeyOf(m.caseId) !== '';
      cls = { collection: assigned, violations: assigned && isOddHour(m.at) ? ['odd_hours'] : [], hits: [] };
    }
    if (!cls.collection) continue;
    collectorNumbers.add(m.number);
    const owner = m.owner || 'borrower';
    const toThirdParty = !isBorrower(m.owner);
    const violations = new Set<RecordViolation>(cls.violations);
    if (toThirdParty) violations.add('third_party');
    contacts.push({
      kind: 'message', id: m.id, number: m.number, at: m.at, day: beijingDay(m.at), caseKey: keyFor(m),
      owner, toThirdParty, oddHour: isOddHour(m.at), text,
      violations: RECORD_VIOLATIONS.filter((v) => violations.has(v)), hits: cls.hits,
    });
  }
  for (const c of calls) {
    if (!INCOMING_CALL.has(c.direction) || !Number.isFinite(c.at)) continue;
    const caseKey = keyFor(c);
    if (!caseKey && !collectorNumbers.has(c.number)) continue;
    const owner = c.owner || 'borrower';
    const toThirdParty = !isBorrower(c.owner);
    const oddHour = isOddHour(c.at);
    const violations: RecordViolation[] = [];
    if (toThirdParty) violations.push('third_party');
    if (oddHour) violations.push('odd_hours');
    const duration = Number.isFinite(c.durationSec) ? c.durationSec : 0;
    contacts.push({
      kind: 'call', id: c.id, number: c.number, at: c.at, day: beijingDay(c.at), caseKey, owner, toThirdParty, oddHour,
      connected: duration > 0 && !NOT_CONNECTED.has(c.direction), durationSec: duration, violations, hits: [],
    });
  }
  return contacts.sort((a, b) => a.at - b.at);
}

// ---- per day -------------------------------------------------------------------------------------
export interface DayStats {
  caseKey: string;
  day: string;
  /** Incoming calls, answered or not. */
  callAttempts: number;
  callsConnected: number;
  sms: number;
  oddHourContacts: number;
  /** Distinct collector numbers that day. */
  numbers: string[];
  thirdPartyContacts: number;
  /** Distinct owners other than the borrower who were contacted. */
  thirdParties: string[];
  /** Calls per receiving owner: frequency limits are per person contacted. */
  callsByOwner: Record<string, { attempts: number; connected: number }>;
}

export function dailyStats(contacts: readonly Contact[]): DayStats[] {
  const byKey = new Map<string, DayStats & { numberSet: Set<string>; partySet: Set<string> }>();
  for (const c of contacts) {
    const key = `${c.caseKey}\u0000${c.day}`;
    let d = byKey.get(key);
    if (!d) {
      d = {
        caseKey: c.caseKey, day: c.day, callAttempts: 0, callsConnected: 0, sms: 0, oddHourContacts: 0,
        numbers: [], thirdPartyContacts: 0, thirdParties: [], callsByOwner: {}, numberSet: new Set(), partySet: new Set(),
      };
      byKey.set(key, d);
    }
    if (c.kind === 'call') {
      d.callAttempts++;
      const o = (d.callsByOwner[c.owner] ??= { attempts: 0, connected: 0 });
      o.attempts++;
      if (c.connected) { d.callsConnected++; o.connected++; }
    } else {
      d.sms++;
    }
    if (c.oddHour) d.oddHourContacts++;
    d.numberSet.add(c.number);
    if (c.violations.includes('third_party')) {
      d.thirdPartyContacts++;
      if (c.toThirdParty) d.partySet.add(c.owner);
    }
  }
  return [...byKey.values()]
    .map(({ numberSet, partySet, ...d }) => ({ ...d, numbers: [...numberSet].sort(), thirdParties: [...partySet].sort() }))
    .sort((a, b) => (a.caseKey === b.caseKey ? a.day.localeCompare(b.day) : a.caseKey.localeCompare(b.caseKey)));
}

// ---- frequency -----------------------------------------------------------------------------------
export interface FrequencyViolation {
  violation: 'frequency';
  rule: RuleId;
  caseKey: string;
  day: string;
  /** Who received the calls (frequency limits are per person contacted). */
  owner: string;
  count: number;
  threshold: number;
  setting: ThresholdSetting;
}

export function resolveThresholds(partial?: Partial<Thresholds>): Thresholds {
  return { ...DEFAULT_THRESHOLDS, ...(partial ?? {}) };
}

/** Days (per case and person contacted) over the connected-call or call-attempt thresholds. */
export function frequencyViolations(days: readonly DayStats[], thresholds?: Partial<Thresholds>): FrequencyViolation[] {
  const t = resolveThresholds(thresholds);
  const out: FrequencyViolation[] = [];
  for (const d of days) {
    for (const [owner, n] of Object.entries(d.callsByOwner)) {
      const checks: Array<[number, ThresholdSetting]> = [
        [n.connected, t.maxConnectedCallsPerDay],
        [n.attempts, t.maxCallAttemptsPerDay],
      ];
      for (const [count, setting] of checks) {
        if (count > setting.value) {
          out.push({ violation: 'frequency', rule: setting.rule, caseKey: d.caseKey, day: d.day, owner, count, threshold: setting.value, setting });
        }
      }
    }
  }
  return out;
}

// ---- case summary --------------------------------------------------------------------------------
export interface Example {
  kind: 'message' | 'call' | 'day';
  at?: number;
  day?: string;
  id?: string;
  number?: string;
  text?: string;
  /** For message examples: the phrase and its offsets in `text`. */
  phrase?: string;
  start?: number;
  end?: number;
  rule?: RuleId;
  /** For frequency examples: the count and the threshold it exceeded. */
  count?: number;
  threshold?: number;
  owner?: string;
}

export interface NumberUse {
  number: string;
  first: number;
  last: number;
  calls: number;
  connected: number;
  sms: number;
}

export interface CaseSummary {
  caseKey: string;
  firstContact?: number;
  lastContact?: number;
  totals: {
    contacts: number;
    callAttempts: number;
    callsConnected: number;
    sms: number;
    oddHourContacts: number;
    thirdPartyContacts: number;
    distinctNumbers: number;
    activeDays: number;
    daysOverThreshold: number;
  };
  /** The heaviest days, most contacts first. */
  worstDays: DayStats[];
  /** Each violation found, with how often and its clearest examples (strongest first). */
  violations: Array<{ violation: RecordViolation; count: number; examples: Example[] }>;
  numbers: NumberUse[];
}

const EXAMPLES_PER_VIOLATION = 3;
const WORST_DAYS = 5;

/** How deep into the night an hour is: 22:00 and 07:00 are mild, 02:00 is the worst. */
function nightDepth(at: number): number {
  const h = beijingHour(at);
  return h >= 22 ? h - 21 : 8 - h;
}

function messageExample(c: Contact, hit?: Hit): Example {
  return {
    kind: c.kind, at: c.at, day: c.day, id: c.id, number: c.number, text: c.text,
    ...(hit ? { phrase: hit.phrase, start: hit.start, end: hit.end, rule: hit.rule } : {}),
  };
}

export function summarizeCase(caseKey: string, contacts: readonly Contact[], days: readonly DayStats[], frequency: readonly FrequencyViolation[]): CaseSummary {
  const mine = contacts.filter((c) => c.caseKey === caseKey);
  const myDays = days.filter((d) => d.caseKey === caseKey);
  const myFrequency = frequency.filter((f) => f.caseKey === caseKey);

  const numbers = new Map<string, NumberUse>();
  for (const c of mine) {
    const n = numbers.get(c.number) ?? { number: c.number, first: c.at, last: c.at, calls: 0, connected: 0, sms: 0 };
    n.first = Math.min(n.first, c.at);
    n.last = Math.max(n.last, c.at);
    if (c.kind === 'call') { n.calls++; if (c.connected) n.connected++; } else n.sms++;
    numbers.set(c.number, n);
  }

  const violations: CaseSummary['violations'] = [];
  for (const v of RECORD_VIOLATIONS) {
    if (v === 'frequency') {
      if (!myFrequency.length) continue;
      const ranked = [...myFrequency].sort((a, b) => b.count / b.threshold - a.count / a.threshold || a.day.localeCompare(b.day));
      violations.push({
        violation: v,
        count: myFrequency.length,
        examples: ranked.slice(0, EXAMPLES_PER_VIOLATION).map((f) => ({ kind: 'day', day: f.day, rule: f.rule, count: f.count, threshold: f.threshold, owner: f.owner })),
      });
      continue;
    }
    const withV = mine.filter((c) => c.violations.includes(v));
    if (!withV.length) continue;
    // Strongest first: a message whose own words show the violation, with more violations at once
    // and a longer phrase, beats one flagged only by whose phone it reached or by its time.
    const scored = withV.map((c) => {
      const hit = c.hits.filter((h) => h.violation === v).sort((a, b) => (b.end - b.start) - (a.end - a.start))[0];
      const score =
        (hit ? 1000 : 0) + c.violations.length * 100 + (hit ? Math.min(hit.end - hit.start, 60) : 0) +
        (v === 'odd_hours' ? nightDepth(c.at) * 10 : 0) + (c.kind === 'message' ? 1 : 0);
      return { c, hit, score };
    });
    scored.sort((a, b) => b.score - a.score || a.c.at - b.c.at);
    violations.push({
      violation: v,
      count: withV.length,
      examples: scored.slice(0, EXAMPLES_PER_VIOLATION).map(({ c, hit }) => messageExample(c, hit)),
    });
  }

  const worstDays = [...myDays]
    .sort((a, b) => b.callAttempts + b.sms - (a.callAttempts + a.sms) || b.oddHourContacts - a.oddHourContacts || a.day.localeCompare(b.day))
    .slice(0, WORST_DAYS);
  const overDays = new Set(myFrequency.map((f) => f.day));

  return {
    caseKey,
    firstContact: mine[0]?.at,
    lastContact: mine.length ? mine[mine.length - 1]!.at : undefined,
    totals: {
      contacts: mine.length,
      callAttempts: myDays.reduce((s, d) => s + d.callAttempts, 0),
      callsConnected: myDays.reduce((s, d) => s + d.callsConnected, 0),
      sms: myDays.reduce((s, d) => s + d.sms, 0),
      oddHourContacts: myDays.reduce((s, d) => s + d.oddHourContacts, 0),
      thirdPartyContacts: myDays.reduce((s, d) => s + d.thirdPartyContacts, 0),
      distinctNumbers: numbers.size,
      activeDays: myDays.length,
      daysOverThreshold: overDays.size,
    },
    worstDays,
    violations,
    numbers: [...numbers.values()].sort((a, b) => b.calls + b.sms - (a.calls + a.sms) || a.first - b.first),
  };
}

// ---- everything at once --------------------------------------------------------------------------
export interface Analysis {
  contacts: Contact[];
  days: DayStats[];
  frequency: FrequencyViolation[];
  cases: CaseSummary[];
  thresholds: Thresholds;
}

/** Contacts, day statistics, frequency violations and one summary per case ('' = not in a case). */
export function analyzeRecords(messages: readonly MessageLike[], calls: readonly CallLike[], options: AnalysisOptions = {}): Analysis {
  const thresholds = resolveThresholds(options.thresholds);
  const contacts = collectContacts(messages, calls, options);
  const days = dailyStats(contacts);
  const frequency = frequencyViolations(days, thresholds);
  const caseKeys = [...new Set(contacts.map((c) => c.caseKey))].sort();
  return { contacts, days, frequency, cases: caseKeys.map((k) => summarizeCase(k, contacts, days, frequency)), thresholds };
}

// ---- heatmap -------------------------------------------------------------------------------------
export interface Heatmap {
  /** Row keys: ISO weekday '1' (Monday) … '7' (Sunday), or Beijing dates `YYYY-MM-DD`. */
  rows: string[];
  /** counts[row][hour] for Beijing hours 0–23. */
  counts: number[][];
  max: number;
}

export interface HeatmapOptions {
  by?: 'weekday' | 'date';
  caseKey?: string;
  kinds?: ReadonlyArray<Contact['kind']>;
}

/** Contacts by Beijing hour of day and weekday (7×24) or date (N×24), for the dashboard. */
export function contactHeatmap(contacts: readonly Contact[], options: HeatmapOptions = {}): Heatmap {
  const by = options.by ?? 'weekday';
  const chosen = contacts.filter((c) => (options.caseKey === undefined || c.caseKey === options.caseKey) && (!options.kinds || options.kinds.includes(c.kind)));
  let rows: string[];
  let rowOf: (c: Contact) => number;
  if (by === 'weekday') {
    rows = ['1', '2', '3', '4', '5', '6', '7'];
    rowOf = (c) => (beijingWeekday(c.at) + 6) % 7;
  } else {
    rows = [...new Set(chosen.map((c) => c.day))].sort();
    const index = new Map(rows.map((d, i) => [d, i]));
    rowOf = (c) => index.get(c.day)!;
  }
  const counts = rows.map(() => new Array<number>(24).fill(0));
  let max = 0;
  for (const c of chosen) {
    const row = counts[rowOf(c)]!;
    const h = beijingHour(c.at);
    row[h] = row[h]! + 1;
    if (row[h]! > max) max = row[h]!;
  }
  return { rows, counts, max };
}
