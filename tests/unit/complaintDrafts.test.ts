import { describe, expect, it } from 'vitest';
import { INDUSTRY, LAW } from '../../utils/classify/rules';
import { adviseChannels, addWorkingDays, answerDueAt, channelById } from '../../utils/complaints/channels';
import { citeViolations } from '../../utils/complaints/citations';
import { buildDraft, DRAFT_FIELDS, DRAFT_KINDS, draftLimits, fillTextFromDraft, letterBody, type DraftKind } from '../../utils/complaints/drafts';
import { summarizeCase } from '../../utils/complaints/facts';
import { draftFor, loadCaseEvidence, recordComplaint, pendingComplaint, saveDraft } from '../../utils/complaints/store';
import { sealCalls, sealMessages } from '../../utils/evidence/seal';
import { fromBeijing } from '../../utils/i18n/time';
import { AnningDb } from '../../utils/store/db';
import { saveEvidence } from '../../utils/store/evidence';
import type { CaseEntry } from '../../utils/store/types';

const ctx = { source: 'test', sourceUrl: 'https://example.test/', capturedAt: fromBeijing(2026, 2, 1) };

// A made-up case: 3 Beijing days, two collector numbers, one message to the borrower's sister.
const MESSAGES = [
  { numberRaw: '17128753039', at: fromBeijing(2025, 12, 30, 23, 10), text: '再不还款就通知你通讯录里所有的人，后果自负！' },
  { numberRaw: '17128753039', at: fromBeijing(2025, 12, 31, 9, 5), text: '您在我司的借款已逾期，今天必须还清，否则明天上门找你。' },
  { numberRaw: '16240349523', at: fromBeijing(2026, 1, 2, 7, 30), text: '你已涉嫌诈骗，我司已向公安机关立案，今天不还款明天就来抓你。' },
  { numberRaw: '16240349523', at: fromBeijing(2026, 1, 2, 10, 0), text: '你哥哥欠我司借款逾期不还，请你转告他马上还款，否则后果自负。', owner: 'family' },
];
const CALLS = [
  ...[8, 9, 10, 11, 12, 13, 14].map((h, i) => ({ numberRaw: '16240349523', at: fromBeijing(2026, 1, 2, h, 1 + i), durationSec: i < 4 ? 30 : 0, direction: i < 4 ? 'in' : 'missed' })),
  { numberRaw: '17128753039', at: fromBeijing(2025, 12, 30, 22, 40), durationSec: 15, direction: 'in' },
];

async function seed(db: AnningDb) {
  const caseId = (await db.cases.add({
    name: '某某网络小额贷款有限公司', kind: 'microloan', serviceNumber: '4001234567',
    loan: { platform: '速借', amount: 3000, overdueAmount: 3650.5 }, notes: '', createdAt: 1, updatedAt: 1,
  } as CaseEntry)) as number;
  const msgs = await sealMessages(MESSAGES.map((m) => ({ direction: 'in', atPrecision: 'min', atRaw: '', ...m })), { ...ctx, caseId });
  for (const [i, m] of MESSAGES.entries()) if (m.owner) msgs[i]!.owner = m.owner as 'family';
  const calls = await sealCalls(CALLS.map((c) => ({ atPrecision: 's', atRaw: '', ...c })), { ...ctx, caseId });
  await saveEvidence(db, msgs, calls);
  return caseId;
}

let n = 0;
const fresh = () => new AnningDb(`complaint-drafts-${++n}-${Math.random()}`);
const NOW = fromBeijing(2026, 2, 3, 10, 0);

/** Every `document + article` the rule table allows; an article number anywhere else is invented. */
const ALLOWED = [...Object.values(LAW), ...Object.values(INDUSTRY)].map((b) => `${b.document}${'article' in b && b.article ? b.article : ''}`).sort((a, b) => b.length - a.length);

const TABLE = [...Object.values(LAW), ...Object.values(INDUSTRY)];
const PAIRS = new Set(TABLE.filter((b) => 'article' in b && b.article).map((b) => `${b.document}|${(b as { article: string }).article}`));

/**
 * Article numbers not backed by the rule table: each 第…条 must belong to the nearest document named
 * before it in the same clause, and that pair must be in the table.
 */
function inventedArticles(text: string): string[] {
  let rest = text;
  // Notes from the rule table (e.g. the old 第42条's transition note) are quoted as they are.
  for (const b of TABLE) if ('note' in b && b.note) rest = rest.split(b.note).join('〔note〕');
  const bad: string[] = [];
  for (const clause of rest.split(/[；。\n]/)) {
    const re = /《[^》]+》(?:（\d{4}年(?:修正|修订)）)?|第\s*[0-9一二三四五六七八九十百]+\s*条(?:之一)?(?:第[一二三四五六七八九十]+款)?(?:第（[一二三四五六七八九十]+）项)?/g;
    let doc = '';
    for (const m of clause.matchAll(re)) {
      if (m[0].startsWith('《')) { doc = m[0]; continue; }
      // The table's document names may carry a prefix before 《》 (issuer); match on the 《》 part.
      const ok = [...PAIRS].some((p) => { const [d, a] = p.split('|'); return d!.endsWith(doc) && doc !== '' && a === m[0]; });
      if (!ok) bad.push(`${doc}${m[0]}`);
    }
  }
  return bad;
}

describe('channel advice (FACTS.md §3)', () => {
  it('puts the lender first, then the regulator for the lender kind', () => {
    const bank = adviseChannels({ kind: 'bank', violations: {}, hasMessages: true, hasCalls: true }).map((a) => a.channel.id);
    expect(bank[0]).toBe('lender');
    expect(bank[1]).toBe('12378');
    const micro = adviseChannels({ kind: 'microloan', violations: {}, hasMessages: true, hasCalls: false }).map((a) => a.channel.id);
    expect(micro.slice(0, 2)).toEqual(['lender', 'local_finance']);
    expect(micro).not.toContain('police');
    const cf = adviseChannels({ kind: 'consumer_finance', violations: {}, hasMessages: false, hasCalls: false }).map((a) => a.channel.id);
    expect(cf).toContain('12378');
    expect(cf).not.toContain('12321');
  });
  it('sends threats, fake legal claims and unlicensed lenders to the police; 12315 stays weak', () => {
    const a = adviseChannels({ kind: 'unlicensed', violations: { threat: 2, false_legal: 1 }, hasMessages: true, hasCalls: true });
    const police = a.find((x) => x.channel.id === 'police')!;
    expect(police.fit).toBe('primary');
    expect(a.find((x) => x.channel.id === '12368')).toBeTruthy();
    expect(a.find((x) => x.channel.id === '12315')!.fit).toBe('weak');
    // The lender of an unlicensed platform is not the first step.
    expect(a[0]!.channel.id).not.toBe('lender');
  });
  it("NIFA's answer is due in 15 working days; weekends skipped", () => {
    const fri = fromBeijing(2026, 3, 6, 10);
    expect(addWorkingDays(fri, 1)).toBe(fromBeijing(2026, 3, 9, 10));
    expect(answerDueAt(channelById('nifa')!, fri)).toBe(fromBeijing(2026, 3, 27, 10));
  });
});

describe('case facts', () => {
  it('counts only what the records show', async () => {
    const db = fresh();
    const caseId = await seed(db);
    const ev = await loadCaseEvidence(db, caseId);
    const f = summarizeCase(ev.messages, ev.calls);
    expect(f.sms).toBe(4);
    expect(f.calls).toBe(8);
    expect(f.connectedCalls).toBe(5);
    expect(f.days).toBe(3);
    // 23:10 SMS, 22:40 call, 07:30 SMS
    expect(f.oddHours).toBe(3);
    expect(f.thirdParty).toBe(1);
    expect(f.numbers.map((x) => x.key)).toEqual(['+8616240349523', '+8617128753039']);
    // 2026-01-02: 7 attempts (> 6) and 4 connected (> 3)
    expect(f.timeline.find((d) => d.day === '2026-01-02')).toMatchObject({ attempts: 7, connected: 4, excessive: true });
    expect(f.violations.find((v) => v.violation === 'frequency')!.count).toBe(1);
  });
});

describe('the citation check itself', () => {
  it('catches invented, misplaced and M-document article numbers', () => {
    expect(inventedArticles('《中华人民共和国民法典》第1099条')).toHaveLength(1);
    expect(inventedArticles('中国互联网金融协会《互联网金融贷后催收业务指引》第5条')).toHaveLength(1);
    expect(inventedArticles('《中华人民共和国治安管理处罚法》（2025年修订）第42条')).toHaveLength(1);
    expect(inventedArticles('依据第50条')).toHaveLength(1);
    expect(inventedArticles('《中华人民共和国民法典》第1032条、第1033条第（一）项；《中华人民共和国刑法》第293条')).toEqual([]);
  });
});

describe('drafts', () => {
  it('every citation is one the rule table allows, with the public-security article by the act date', async () => {
    const db = fresh();
    const caseId = await seed(db);
    for (const k of DRAFT_KINDS) {
      const d = await draftFor(db, caseId, k.id, NOW);
      for (const [key, text] of Object.entries(d.fields)) {
        expect(inventedArticles(text ?? ''), `${k.id}.${key}`).toEqual([]);
      }
    }
    const police = (await draftFor(db, caseId, 'police', NOW)).fields.body!;
    // Acts on both sides of 2026-01-01: the old 第42条 (with its note) and the new 第50条 both appear.
    expect(police).toContain('《中华人民共和国治安管理处罚法》（2012年修正）第42条');
    expect(police).toContain('本行为发生在2026年1月1日前');
    expect(police).toContain('《中华人民共和国治安管理处罚法》（2025年修订）第50条第一款第（五）项');
    // 催收非法债务罪 is for illegal debts only; this lender is licensed.
    expect(police).not.toContain('第293条之一');
    // Industry rules for banks are not cited against a micro-lender; the 2018 公约 (L) never.
    expect(police).not.toContain('中国银行业协会');
    expect(police).not.toContain('自律公约');
  });

  it('acts only before 2026 never cite the revised 第50条', async () => {
    const db = fresh();
    const caseId = (await db.cases.add({ name: 'X银行', kind: 'bank', serviceNumber: '', loan: {}, notes: '', createdAt: 1, updatedAt: 1 })) as number;
    const msgs = await sealMessages([{ numberRaw: '95555', direction: 'in', at: fromBeijing(2025, 6, 1, 23), atPrecision: 'min', atRaw: '', text: '你已逾期，再不还款我们就上门找你家人，后果自负。' }], { ...ctx, caseId });
    await saveEvidence(db, msgs, []);
    const d = await draftFor(db, caseId, 'police', NOW);
    expect(d.fields.body).toContain('第42条');
    expect(d.fields.body).not.toContain('第50条');
    expect(inventedArticles(d.fields.body!)).toEqual([]);
    // A bank: the banking association's guideline applies, the consumer-finance measures do not.
    expect(d.fields.body).not.toContain('消费金融公司管理办法');
  });

  it('fits every field within its portal limit', async () => {
    const db = fresh();
    const caseId = await seed(db);
    for (const k of DRAFT_KINDS.filter((x) => !x.document)) {
      const d = await draftFor(db, caseId, k.id, NOW);
      const limits = draftLimits(k.id);
      for (const key of DRAFT_FIELDS[k.id]) {
        const text = d.fields[key] ?? '';
        if (key === 'smsContent') continue; // verbatim, chosen to fit (checked below)
        expect(text.length, `${k.id}.${key}`).toBeLessThanOrEqual(limits[key] ?? Infinity);
      }
    }
    // A tight limit drops detail but keeps the quoted SMS whole or absent.
    const f = summarizeCase((await loadCaseEvidence(db, caseId)).messages, (await loadCaseEvidence(db, caseId)).calls);
    const c = (await db.cases.get(caseId))!;
    const heimao = buildDraft('heimao', { caseEntry: c, facts: f, reporter: {}, now: NOW });
    expect(heimao.title!.length).toBeLessThanOrEqual(30);
    for (const line of heimao.details!.split('\n').filter((l) => l.includes('“'))) {
      const quoted = /“(.*)”$/.exec(line)?.[1];
      expect(MESSAGES.map((m) => m.text)).toContain(quoted);
    }
  });

  it('invents no figures: every number in a draft is a count, time, phone or amount from the records', async () => {
    const db = fresh();
    const caseId = await seed(db);
    // Figures the records give (counted by hand above) and the thresholds/times FACTS states.
    const counts = ['4', '8', '5', '3', '1', '2', '7'];
    const phones = ['17128753039', '16240349523', '4001234567'];
    const amounts = ['3000', '3650.50', '3650.5'];
    const thresholds = ['22', '00', '8', '08', '3', '6'];
    const dates = ['2025', '12', '30', '31', '2026', '01', '1', '02', '2', '23', '10', '09', '05', '07', '11', '13', '14', '03', '06', '04', '40', '22'];
    const allowed = new Set([...counts, ...phones, ...amounts, ...thresholds, ...dates, '15', '30', '0']);
    for (const k of DRAFT_KINDS) {
      const d = await draftFor(db, caseId, k.id, NOW);
      for (const [key, text] of Object.entries(d.fields)) {
        let rest = text ?? '';
        for (const a of ALLOWED) rest = rest.split(a).join(' ');
        rest = rest.replace(/、第[0-9]+条(之一)?(第[一二三四五六七八九十]+款)?(第（[一二三四五六七八九十]+）项)?/g, ' ');
        // Citation content (quoted from the rule table) and verbatim excerpts are checked elsewhere.
        for (const b of [...Object.values(LAW), ...Object.values(INDUSTRY)]) rest = rest.split(b.content).join(' ').split(('note' in b && b.note) || '\u0000').join(' ');
        for (const m of MESSAGES) rest = rest.split(m.text).join(' ');
        rest = rest.replace(/^\s*\d+\.\s/gm, ' ').replace(/SHA-256/g, ' '); // list ordinals, the hash's name
        const numbers = rest.match(/\d+(\.\d+)?/g) ?? [];
        for (const num of numbers) expect(allowed.has(num), `${k.id}.${key}: ${num} in ${rest.slice(0, 300)}`).toBe(true);
      }
    }
  });

  it('the summary states the totals', async () => {
    const db = fresh();
    const caseId = await seed(db);
    const d = await draftFor(db, caseId, 'heimao', NOW);
    expect(d.fields.details).toContain('在3天里对我催收：来电8次（其中接通5次），发送催收短信4条');
    expect(d.fields.details).toContain('其中3次在夜间22:00至次日8:00之间');
    expect(d.fields.details).toContain('向我的家人等第三人催收1次');
    expect(d.fields.details).toContain('先后使用2个号码（16240349523、17128753039）');
    expect(d.fields.details).toContain('2025-12-30 23:10，17128753039：“再不还款就通知你通讯录里所有的人，后果自负！”');
    expect(d.fields.details).toContain('发给我的家人');
    expect(d.fields.company).toBe('某某网络小额贷款有限公司');
    expect(d.fields.amount).toBe('3650.50');
  });

  it('12321: reported number, the call, 欠款催收, the SMS verbatim', async () => {
    const db = fresh();
    const caseId = await seed(db);
    const d = await draftFor(db, caseId, '12321', NOW);
    expect(d.fields.reportedNumber).toBe('16240349523');
    expect(d.fields.category).toBe('欠款催收');
    expect(d.fields.date).toBe('2026-01-02');
    expect(d.fields.time).toBe('11:04');
    expect(d.fields.duration).toBe('30');
    expect(MESSAGES.map((m) => m.text)).toContain(d.fields.smsContent);
    const sms = fillTextFromDraft(d.fields, { phone: '13800138000' }, '12321-sms');
    expect(sms.reportedNumber).toBe(d.fields.smsNumber);
    expect(sms.reporterPhone).toBe('13800138000');
    expect(sms.duration).toBeUndefined();
  });

  it('saved edits win over the built draft; the letter asks for written confirmation', async () => {
    const db = fresh();
    const caseId = await seed(db);
    await saveDraft(db, caseId, 'heimao', { demand: '停止骚扰' }, NOW);
    const d = await draftFor(db, caseId, 'heimao', NOW);
    expect(d.fields.demand).toBe('停止骚扰');
    expect(d.saved).toBe(true);
    const c = (await db.cases.get(caseId))!;
    const f = summarizeCase((await loadCaseEvidence(db, caseId)).messages, []);
    const letter = letterBody({ caseEntry: c, facts: f, reporter: { name: '张三' }, now: NOW }, '二次分期,减免罚息');
    expect(letter).toContain('二次分期');
    expect(letter).toContain('减免逾期产生的罚息');
    expect(letter).not.toContain('延期，给我');
    expect(letter).toContain('以书面形式');
    expect(letter).toContain('申请人：张三');
  });

  it('cites per violation only bases in force at the act', () => {
    const before = fromBeijing(2025, 5, 1);
    const cited = citeViolations([{ violation: 'odd_hours', count: 1, firstAt: before, lastAt: before, acts: [before], ruleIds: ['odd_hours.night'] }], 'bank');
    // The banking association's guideline was released 2026-01-30: not for an act in 2025.
    expect(cited[0]!.bases.map((b) => b.id)).not.toContain('cba-2026');
    expect(cited[0]!.bases.map((b) => b.id)).toContain('civil-1033-1');
  });
});

describe('tracking', () => {
  it('a filled form is pending until its number is recorded; NIFA gets a due date', async () => {
    const db = fresh();
    const caseId = await seed(db);
    const pending = await recordComplaint(db, { caseId, channel: 'nifa', status: 'draft' }, NOW);
    expect(pending.dueAt).toBeUndefined();
    expect((await pendingComplaint(db, 'nifa'))!.id).toBe(pending.id);
    const sent = await recordComplaint(db, { id: pending.id, caseId, channel: 'nifa', status: 'submitted', reference: 'JB20260203001' }, NOW);
    expect(sent.reference).toBe('JB20260203001');
    expect(sent.dueAt).toBe(addWorkingDays(NOW, 15));
    expect(await pendingComplaint(db, 'nifa')).toBeUndefined();
  });
});

describe('every draft kind builds', () => {
  it.each(DRAFT_KINDS.map((k) => k.id))('%s', async (kind) => {
    const db = fresh();
    const caseId = await seed(db);
    const d = await draftFor(db, caseId, kind as DraftKind, NOW);
    for (const key of DRAFT_FIELDS[kind as DraftKind]) if (key !== 'method') expect(d.fields[key], key).toBeTruthy();
  });
});
