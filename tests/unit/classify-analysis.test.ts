// Across records: per case and Beijing day, frequency thresholds, third parties by evidence owner,
// case summaries and the day-by-hour matrix.
import { describe, expect, it } from 'vitest';
import {
  analyzeRecords, collectContacts, contactHeatmap, dailyStats, DEFAULT_THRESHOLDS, frequencyViolations,
  type CallLike, type MessageLike,
} from '../../utils/classify/analysis';
import { fromBeijing } from '../../utils/i18n/time';

const COLLECTOR = '+8617012345678';
const COLLECTOR2 = '+8616512345678';
const at = (d: number, h: number, m = 0) => fromBeijing(2025, 10, d, h, m);

const call = (over: Partial<CallLike>): CallLike => ({ number: COLLECTOR, direction: 'in', at: at(10, 10), durationSec: 30, caseId: 1, ...over });
const sms = (over: Partial<MessageLike>): MessageLike => ({ number: COLLECTOR, direction: 'in', at: at(10, 10), text: '您的借款已逾期，请尽快还款。', caseId: 1, ...over });

describe('contacts', () => {
  it('counts incoming collection messages and collectors\' calls, not the user\'s own or harmless ones', () => {
    const contacts = collectContacts(
      [
        sms({}),
        sms({ direction: 'out', text: '我下周还' }),
        sms({ number: '95555', caseId: undefined, text: '【银行】您的验证码是123456。' }),
        sms({ number: COLLECTOR2, caseId: undefined, text: '你的欠款再不还，我们就联系你的家人。' }),
      ],
      [
        call({}),
        call({ direction: 'out' }),
        // Not in a case and never sent a collection message: not evidence of collection.
        call({ number: '+8613800000000', caseId: undefined }),
        // Not in a case, but the number sent collection messages: counted, and given that case.
        call({ number: COLLECTOR2, caseId: undefined }),
      ],
    );
    expect(contacts.map((c) => c.kind).sort()).toEqual(['call', 'call', 'message', 'message']);
    expect(contacts.filter((c) => c.kind === 'call').map((c) => c.number).sort()).toEqual([COLLECTOR, COLLECTOR2].sort());
    // Nothing links COLLECTOR2 to a case: its contacts are kept, unassigned ('').
    expect(contacts.filter((c) => c.number === COLLECTOR2).map((c) => c.caseKey)).toEqual(['', '']);
  });

  it('records without a case take the case of the same number', () => {
    const contacts = collectContacts([sms({ caseId: 7 })], [call({ caseId: undefined })]);
    expect(contacts.every((c) => c.caseKey === '7')).toBe(true);
  });

  it('connected = duration > 0 and not missed/rejected/blocked', () => {
    const contacts = collectContacts([], [
      call({ durationSec: 40 }),
      call({ direction: 'missed', durationSec: 0 }),
      call({ direction: 'rejected', durationSec: 5 }),
      call({ direction: 'blocked', durationSec: 0 }),
      call({ direction: 'voicemail', durationSec: 20 }),
      call({ direction: 'in', durationSec: 0 }),
    ]);
    expect(contacts.map((c) => c.connected)).toEqual([true, false, false, false, true, false]);
  });

  it('evidence from a family member\'s phone is third-party contact even when the text does not say so', () => {
    const contacts = collectContacts([sms({ owner: 'family' }), sms({ owner: 'borrower' })], [call({ owner: 'colleague' })]);
    const byOwner = Object.fromEntries(contacts.map((c) => [`${c.kind}:${c.owner}`, c.violations]));
    expect(byOwner['message:family']).toContain('third_party');
    expect(byOwner['message:borrower']).not.toContain('third_party');
    expect(byOwner['call:colleague']).toContain('third_party');
  });

  it('odd hours count for calls too, by Beijing time', () => {
    const contacts = collectContacts([], [call({ at: at(10, 23, 30) }), call({ at: at(10, 9) })]);
    expect(contacts.find((c) => c.at === at(10, 23, 30))!.violations).toContain('odd_hours');
    expect(contacts.find((c) => c.at === at(10, 9))!.violations).not.toContain('odd_hours');
  });
});

describe('per day and frequency', () => {
  it('groups by Beijing day: 23:59 and 00:01 Beijing are different days', () => {
    const days = dailyStats(collectContacts([], [call({ at: at(10, 23, 59) }), call({ at: at(11, 0, 1) })]));
    expect(days.map((d) => d.day)).toEqual(['2025-10-10', '2025-10-11']);
  });

  it('flags more than 3 connected calls, not 3', () => {
    const three = Array.from({ length: 3 }, (_, i) => call({ at: at(12, 9 + i) }));
    expect(frequencyViolations(dailyStats(collectContacts([], three)))).toEqual([]);
    const four = [...three, call({ at: at(12, 15) })];
    const v = frequencyViolations(dailyStats(collectContacts([], four)));
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ rule: 'frequency.connected', day: '2025-10-12', count: 4, threshold: 3 });
    expect(v[0]!.setting.source.basis).toContain('nifa-2024');
  });

  it('flags more than 6 attempts, answered or not, not 6', () => {
    const six = Array.from({ length: 6 }, (_, i) => call({ at: at(13, 9 + i), direction: 'missed', durationSec: 0 }));
    expect(frequencyViolations(dailyStats(collectContacts([], six)))).toEqual([]);
    const seven = [...six, call({ at: at(13, 18), direction: 'rejected', durationSec: 0 })];
    const v = frequencyViolations(dailyStats(collectContacts([], seven)));
    expect(v.map((x) => x.rule)).toEqual(['frequency.attempts']);
    expect(v[0]!.setting.source.zh).toContain('中国银行业协会');
  });

  it('thresholds are settings: stricter ones flag more', () => {
    const two = [call({ at: at(14, 9) }), call({ at: at(14, 10) })];
    const days = dailyStats(collectContacts([], two));
    expect(frequencyViolations(days)).toEqual([]);
    const strict = { maxConnectedCallsPerDay: { ...DEFAULT_THRESHOLDS.maxConnectedCallsPerDay, value: 1 } };
    expect(frequencyViolations(days, strict).map((v) => v.count)).toEqual([2]);
  });

  it('limits are per person contacted: calls to the borrower and to a relative are counted apart', () => {
    const calls = [
      ...Array.from({ length: 3 }, (_, i) => call({ at: at(15, 9 + i) })),
      ...Array.from({ length: 3 }, (_, i) => call({ at: at(15, 14 + i), owner: 'family' })),
    ];
    const days = dailyStats(collectContacts([], calls));
    expect(days[0]!.callsConnected).toBe(6);
    expect(frequencyViolations(days)).toEqual([]);
    expect(days[0]!.thirdParties).toEqual(['family']);
    expect(days[0]!.thirdPartyContacts).toBe(3);
  });

  it('per day: SMS, odd-hour contacts, distinct numbers', () => {
    const days = dailyStats(collectContacts(
      [sms({ at: at(16, 6) }), sms({ at: at(16, 12), number: COLLECTOR2, caseId: 1 })],
      [call({ at: at(16, 22, 30) })],
    ));
    expect(days).toHaveLength(1);
    expect(days[0]).toMatchObject({ sms: 2, callAttempts: 1, callsConnected: 1, oddHourContacts: 2, numbers: [COLLECTOR2, COLLECTOR].sort() });
  });
});

describe('case summary', () => {
  const messages: MessageLike[] = [
    sms({ id: 'm1', at: at(1, 10), text: '【好借】您的借款已逾期3天，请尽快还款。' }),
    sms({ id: 'm2', at: at(2, 23, 40), text: '欠钱不还的人渣，明天就去你公司找你，再把你的事发到你们公司群里。' }),
    sms({ id: 'm3', at: at(3, 14), text: '你这个老赖，还钱！' }),
    sms({ id: 'm4', at: at(3, 15), owner: 'family', text: '阿姨您好，您儿子在我们平台的借款逾期了，麻烦您转告他。' }),
    sms({ id: 'x', at: at(3, 16), caseId: 2, number: COLLECTOR2, text: '【另一平台】您的账单已逾期。' }),
  ];
  const calls: CallLike[] = Array.from({ length: 8 }, (_, i) => call({ id: `c${i}`, at: at(4, 8 + i), durationSec: i % 2 ? 0 : 25, direction: i % 2 ? 'missed' : 'in' }));
  const analysis = analyzeRecords(messages, calls);
  const summary = analysis.cases.find((c) => c.caseKey === '1')!;

  it('one summary per case', () => {
    expect(analysis.cases.map((c) => c.caseKey)).toEqual(['1', '2']);
  });

  it('first/last contact and totals', () => {
    expect(summary.firstContact).toBe(at(1, 10));
    expect(summary.lastContact).toBe(at(4, 15));
    expect(summary.totals).toMatchObject({ sms: 4, callAttempts: 8, callsConnected: 4, distinctNumbers: 1, activeDays: 4, daysOverThreshold: 1 });
    expect(summary.totals.oddHourContacts).toBe(1);
  });

  it('violations with counts and the strongest example first', () => {
    const byV = Object.fromEntries(summary.violations.map((v) => [v.violation, v]));
    expect(byV.insult!.count).toBe(2);
    // m2 shows three violations in its own words: it leads the insult examples.
    expect(byV.insult!.examples[0]!.id).toBe('m2');
    expect(byV.insult!.examples[0]!.phrase).toBeTruthy();
    expect(byV.third_party!.examples[0]!.id).toBe('m4');
    expect(byV.odd_hours!.examples[0]!.id).toBe('m2');
    // 2025-10-04: 8 attempts (> 6) of which 4 connected (> 3): both limits broken that day.
    expect(byV.frequency!.count).toBe(2);
    expect(byV.frequency!.examples.map((e) => [e.rule, e.count, e.threshold]).sort()).toEqual([
      ['frequency.attempts', 8, 6],
      ['frequency.connected', 4, 3],
    ]);
    expect(byV.frequency!.examples.every((e) => e.kind === 'day' && e.day === '2025-10-04')).toBe(true);
  });

  it('worst days first and numbers used', () => {
    expect(summary.worstDays[0]!.day).toBe('2025-10-04');
    expect(summary.numbers).toEqual([expect.objectContaining({ number: COLLECTOR, calls: 8, connected: 4, sms: 4 })]);
  });

  it('day-by-hour matrix by weekday and by date', () => {
    const week = contactHeatmap(analysis.contacts, { caseKey: '1' });
    expect(week.rows).toHaveLength(7);
    expect(week.counts.every((r) => r.length === 24)).toBe(true);
    // 2025-10-04 is a Saturday (row 6 of Monday-first); 8 calls from 08:00 to 15:00.
    expect(week.counts[5]!.slice(8, 16)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(week.counts.flat().reduce((a, b) => a + b, 0)).toBe(12);
    const byDate = contactHeatmap(analysis.contacts, { by: 'date', caseKey: '1', kinds: ['message'] });
    expect(byDate.rows).toEqual(['2025-10-01', '2025-10-02', '2025-10-03']);
    expect(byDate.counts[1]![23]).toBe(1);
    expect(byDate.max).toBe(1);
  });
});
