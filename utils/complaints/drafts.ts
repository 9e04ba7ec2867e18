/**
 * Drafts built from a case's evidence: for each web channel the fields its form asks for (title,
 * 投诉问题, 投诉要求, details with the facts, verbatim excerpts and the rules broken), and the documents
 * the user takes elsewhere (negotiation letter, police report, hotline scripts). Every figure comes
 * from `CaseFacts` (counted from stored records) or the case's own loan facts; every citation comes
 * from rules.ts through citations.ts. Each draft fits its portal's length limits.
 */
import { DEFAULT_LIMITS } from './portals/types';
import { profileById } from './portals';
import { citationText, citeViolations, type CitedViolation } from './citations';
import { lenderName, type CaseFacts, type Excerpt } from './facts';
import type { FieldRole } from './fill/types';
import { fitText } from './fill/insert';
import { formatBeijing } from '../i18n/time';
import { isOddHour } from '../classify';
import type { CaseEntry } from '../store/types';
import type { EvidenceOwner } from '../evidence/types';

/** The user's own details, stored on this computer only, all optional. */
export interface ReporterDetails {
  name?: string;
  phone?: string;
  idNumber?: string;
  email?: string;
  address?: string;
}

export type DraftKey = FieldRole | 'body' | 'smsNumber' | 'smsDatetime' | 'plan';
export type DraftFields = Partial<Record<DraftKey, string>>;

export { DRAFT_KINDS, type DraftKind } from './kinds';
import { DRAFT_KINDS, type DraftKind } from './kinds';

/** Fields each draft kind has, in the order the editor shows them. */
export const DRAFT_FIELDS: Record<DraftKind, DraftKey[]> = {
  heimao: ['company', 'title', 'problem', 'demand', 'amount', 'details', 'category'],
  '12321': ['reportedNumber', 'date', 'time', 'duration', 'category', 'method', 'details', 'smsNumber', 'smsDatetime', 'smsContent'],
  nifa: ['company', 'category', 'title', 'details', 'demand'],
  '12378': ['company', 'title', 'demand', 'details', 'amount', 'category'],
  local_finance: ['company', 'title', 'demand', 'details', 'amount', 'category'],
  '12315': ['company', 'title', 'date', 'amount', 'details', 'demand', 'category'],
  xinfang: ['company', 'title', 'details', 'demand', 'category'],
  letter: ['plan', 'body'],
  police: ['body'],
  'script-lender': ['body'],
  'script-12378': ['body'],
  'script-12321': ['body'],
};

export const DRAFT_FIELD_NAMES: Record<DraftKey, { zh: string; en: string }> = {
  company: { zh: '投诉对象（公司全称）', en: 'Company (full name)' },
  title: { zh: '标题', en: 'Title' },
  problem: { zh: '投诉问题', en: 'Problem' },
  demand: { zh: '投诉要求', en: 'Demand' },
  details: { zh: '详细描述', en: 'Details' },
  smsContent: { zh: '短信原文（一字不改）', en: 'SMS text (verbatim)' },
  amount: { zh: '涉诉金额（元）', en: 'Amount (yuan)' },
  reportedNumber: { zh: '被举报号码（来电）', en: 'Reported number (calls)' },
  reporterPhone: { zh: '我的手机号', en: 'My phone' },
  reporterName: { zh: '我的姓名', en: 'My name' },
  idNumber: { zh: '身份证号', en: 'ID number' },
  email: { zh: '邮箱', en: 'E-mail' },
  address: { zh: '地址', en: 'Address' },
  date: { zh: '日期', en: 'Date' },
  time: { zh: '时间', en: 'Time' },
  datetime: { zh: '日期时间', en: 'Date and time' },
  duration: { zh: '通话时长（秒）', en: 'Call length (s)' },
  category: { zh: '类型（可写多个，用 | 分隔，按顺序匹配选项）', en: 'Category (several separated by |, matched in order)' },
  method: { zh: '骚扰方式（由你选择，如：人工呼叫）', en: 'How they called (your choice, e.g. 人工呼叫)' },
  attachments: { zh: '附件', en: 'Attachments' },
  body: { zh: '正文', en: 'Text' },
  smsNumber: { zh: '短信发送号码', en: 'SMS sender' },
  smsDatetime: { zh: '短信接收时间', en: 'SMS received at' },
  plan: { zh: '协商方案（延期 / 二次分期 / 减免罚息，可多选，用逗号分隔）', en: 'Proposal (延期 / 二次分期 / 减免罚息, comma separated)' },
};

export interface DraftInput {
  caseEntry: CaseEntry;
  facts: CaseFacts;
  reporter: ReporterDetails;
  /** UTC ms "today", for letters. */
  now: number;
  /** Complaints already made about this case (for escalation letters). */
  history?: Array<{ channel: string; reference: string; submittedAt?: number; status: string; reply: string }>;
}

const STATUS_ZH: Record<string, string> = { draft: '未提交', submitted: '已提交，未答复', answered: '已答复', settled: '已解决', closed: '已结束' };

function historyLines(input: DraftInput): string[] {
  return (input.history ?? []).filter((h) => h.status !== 'draft').map((h, i) => {
    const ch = DRAFT_KINDS.find((k) => k.channel === h.channel)?.name.zh ?? h.channel;
    const at = h.submittedAt !== undefined ? `${dateZh(h.submittedAt)}，` : '';
    return `${i + 1}. ${at}向${ch}投诉${h.reference ? `（编号${h.reference}）` : ''}：${STATUS_ZH[h.status] ?? h.status}${h.reply ? `，答复：${h.reply}` : ''}`;
  });
}

const OWNER_ZH: Record<EvidenceOwner, string> = { borrower: '本人', family: '家人', friend: '朋友', colleague: '同事', other: '其他人' };

function when(at: number, dayOnly = false): string {
  return dayOnly ? formatBeijing(at).slice(0, 10) : formatBeijing(at, false);
}

function dateZh(at: number): string {
  const d = formatBeijing(at).slice(0, 10).split('-').map(Number);
  return `${d[0]}年${d[1]}月${d[2]}日`;
}

/** A phone number key as a form wants it typed: 13812345678, 01012345678, 95188. */
export function dialable(key: string): string {
  if (key.startsWith('+86')) {
    const rest = key.slice(3);
    return rest.startsWith('1') ? rest : `0${rest}`;
  }
  return key;
}

function money(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return '';
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

const HARSH = new Set(['threat', 'insult', 'false_legal', 'contact_list']);

export function summaryParagraph(c: CaseEntry, f: CaseFacts): string {
  const name = lenderName(c);
  if (f.firstAt === undefined || f.lastAt === undefined) return `${name}对我进行催收。`;
  const parts: string[] = [];
  const span = f.days > 1 ? `自${dateZh(f.firstAt)}至${dateZh(f.lastAt)}，` : `${dateZh(f.firstAt)}，`;
  const contact: string[] = [];
  if (f.calls) contact.push(`来电${f.calls}次${f.connectedCalls ? `（其中接通${f.connectedCalls}次）` : ''}`);
  if (f.sms) contact.push(`发送催收短信${f.sms}条`);
  parts.push(`${span}${name}及其委托的催收人员在${f.days}天里对我催收：${contact.join('，')}`);
  if (f.oddHours) parts.push(`其中${f.oddHours}次在夜间22:00至次日8:00之间`);
  if (f.thirdParty) {
    const who = f.thirdPartyOwners.filter((o) => o !== 'borrower').map((o) => OWNER_ZH[o]).join('、');
    parts.push(`向${who ? `我的${who}等` : ''}第三人催收${f.thirdParty}次`);
  }
  const nums = f.numbers.slice(0, 6).map((n) => dialable(n.key));
  parts.push(`先后使用${f.numbers.length}个号码（${nums.join('、')}${f.numbers.length > nums.length ? '等' : ''}）`);
  let text = `${parts.join('；')}。`;
  const over = f.timeline.filter((d) => d.excessive);
  if (over.length) {
    const worst = [...over].sort((a, b) => b.attempts - a.attempts)[0]!;
    text += `有${over.length}天的来电超过行业规定的上限（每天接通不超过3次、呼叫不超过6次），最多的一天（${worst.day}）来电${worst.attempts}次。`;
  }
  return text;
}

function timelineLines(f: CaseFacts): string[] {
  return f.timeline.map((d) => {
    const bits: string[] = [];
    if (d.attempts) bits.push(`来电${d.attempts}次${d.connected ? `（接通${d.connected}次）` : ''}`);
    if (d.sms) bits.push(`短信${d.sms}条`);
    if (d.oddHours) bits.push(`夜间${d.oddHours}次`);
    if (d.thirdParty) bits.push(`涉及第三人${d.thirdParty}次`);
    return `${d.day}：${bits.join('，')}${d.excessive ? '【超过上限】' : ''}`;
  });
}

export function excerptLine(e: Excerpt, i: number): string {
  const to = e.owner !== 'borrower' ? `，发给我的${OWNER_ZH[e.owner]}` : '';
  return `${i}. ${when(e.at, e.dayOnly)}，${e.sender}${to}：“${e.text}”`;
}

function ruleLines(cited: CitedViolation[]): string[] {
  return cited.map((c, i) => `${i + 1}. ${c.title}（${c.count}${c.violation === 'frequency' ? '天' : '次'}）：违反${c.bases.map((b) => citationText(b)).join('；')}。`);
}

/**
 * The compact form for tight limits: what was done (with counts), then each document once with all
 * its articles — the same citations, without quoting their content.
 */
function groupedRuleLines(cited: CitedViolation[]): string[] {
  const docs = new Map<string, { articles: string[]; note?: string }>();
  for (const c of cited) {
    for (const b of c.bases) {
      const d = docs.get(b.document) ?? { articles: [] };
      if (b.article && !d.articles.includes(b.article)) d.articles.push(b.article);
      if (b.effectiveTo) d.note = '适用于2026年1月1日前的行为';
      docs.set(b.document, d);
    }
  }
  const what = cited.map((c) => `${c.title}（${c.count}${c.violation === 'frequency' ? '天' : '次'}）`).join('、');
  const basis = [...docs.entries()].map(([doc, d]) => `${doc}${d.articles.join('、')}${d.note ? `（${d.note}）` : ''}`).join('；');
  return cited.length ? [`${what}。`, `依据：${basis}。`] : [];
}

function problemText(cited: CitedViolation[]): string {
  return cited.map((c) => c.title).join('、') || '催收骚扰';
}

export function defaultDemand(f: CaseFacts): string {
  const who = f.thirdParty ? '我本人及家人、朋友、同事' : '我本人';
  // Short enough for the tightest demand field we know of (100 characters).
  return [
    `1. 立即停止骚扰、威胁${who}，不再向第三人透露我的借款信息；`,
    '2. 向我道歉，并约束其委托的催收机构；',
    '3. 协商延期或分期还款，减免不合法的罚息和费用，并书面确认。',
  ].join('\n');
}

interface Sections {
  intro?: string;
  summary: string;
  timeline: string[];
  excerpts: string[];
  rulesFull: string[];
  rulesShort: string[];
  outro?: string;
}

/**
 * Joins sections within `limit` characters, dropping detail when it must. Excerpts are never cut
 * inside: a quoted SMS is either whole or absent.
 */
export function assemble(s: Sections, limit: number): string {
  let timeline = [...s.timeline];
  let excerpts = [...s.excerpts];
  let rules = s.rulesFull;
  const build = () => [
    s.intro,
    `【事实经过】\n${s.summary}`,
    timeline.length ? `【逐日记录】\n${timeline.join('\n')}` : '',
    excerpts.length ? `【短信原文摘录】\n${excerpts.join('\n')}` : '',
    rules.length ? `【违反的规定】\n${rules.join('\n')}` : '',
    s.outro,
  ].filter(Boolean).join('\n');
  let text = build();
  // Least valuable first: ordinary days of the timeline, then the quoted content of citations, then
  // excerpts from the least severe, then the days over the limit. The summary always stays.
  const dropOrdinaryDay = () => {
    const i = timeline.findIndex((l, k) => (timeline.length <= 2 || (k > 0 && k < timeline.length - 1)) && !l.includes('【超过上限】'));
    if (i < 0) return false;
    timeline.splice(i, 1);
    return true;
  };
  while (text.length > limit && dropOrdinaryDay()) text = build();
  if (text.length > limit) { rules = s.rulesShort; text = build(); }
  while (text.length > limit && excerpts.length > 1) { excerpts.pop(); text = build(); }
  while (text.length > limit && timeline.length) { timeline.pop(); text = build(); }
  while (text.length > limit && excerpts.length) { excerpts.pop(); text = build(); }
  return text.length > limit ? fitText(text, limit) : text;
}

function sections(input: DraftInput, excerptCount = 8): Sections {
  const { caseEntry: c, facts: f } = input;
  const cited = citeViolations(f.violations, c.kind);
  const excerpts = f.excerpts.filter((e) => e.violations.length).slice(0, excerptCount);
  const ordered = [...excerpts].sort((a, b) => a.at - b.at);
  return {
    summary: summaryParagraph(c, f),
    timeline: timelineLines(f),
    excerpts: ordered.map((e, i) => excerptLine(e, i + 1)),
    rulesFull: ruleLines(cited),
    rulesShort: groupedRuleLines(cited),
  };
}

function limitFor(kind: DraftKind, key: DraftKey): number {
  const profile = profileById(kind === '12321' ? '12321-call' : kind);
  const role = key as FieldRole;
  if (kind === '12321' && key === 'smsContent') return profileById('12321-sms')?.limits.smsContent ?? 500;
  return profile?.limits[role] ?? DEFAULT_LIMITS[role] ?? Infinity;
}

/** Length limit of each field of a draft kind (Infinity for documents). */
export function draftLimits(kind: DraftKind): Partial<Record<DraftKey, number>> {
  const out: Partial<Record<DraftKey, number>> = {};
  for (const key of DRAFT_FIELDS[kind]) out[key] = limitFor(kind, key);
  return out;
}

function loanLine(c: CaseEntry): string {
  const l = c.loan;
  const bits: string[] = [];
  if (l.platform && l.platform !== c.name) bits.push(`借款平台：${l.platform}`);
  if (l.amount !== undefined) bits.push(`借款金额：${money(l.amount)}元`);
  if (l.borrowedOn) bits.push(`借款日期：${l.borrowedOn}`);
  if (l.dueOn) bits.push(`到期日：${l.dueOn}`);
  if (l.overdueAmount !== undefined) bits.push(`目前逾期金额：${money(l.overdueAmount)}元`);
  return bits.join('，');
}

const PLAN_TEXT: Record<string, string> = {
  延期: '将还款期限延期，给我一段时间筹措资金',
  二次分期: '将逾期欠款重新分期（二次分期），按月偿还',
  减免罚息: '减免逾期产生的罚息、违约金和其他费用，只归还本金及合法利息',
};

function reporterLine(r: ReporterDetails): string {
  return [r.name ? `姓名：${r.name}` : '', r.phone ? `联系电话：${r.phone}` : '', r.idNumber ? `身份证号：${r.idNumber}` : '', r.address ? `住址：${r.address}` : '']
    .filter(Boolean).join('\n');
}

export function buildDraft(kind: DraftKind, input: DraftInput): DraftFields {
  const { caseEntry: c, facts: f, reporter: r } = input;
  const name = lenderName(c);
  const cited = citeViolations(f.violations, c.kind);
  const harsh = f.violations.some((v) => HARSH.has(v.violation));
  const amount = money(c.loan.overdueAmount ?? c.loan.amount);
  const demand = defaultDemand(f);
  const title = `${name}${harsh ? '暴力催收' : '违规催收'}${f.thirdParty ? '，骚扰我的家人朋友' : ''}`;
  const fit = (key: DraftKey, text: string) => fitText(text, limitFor(kind, key));
  const loan = loanLine(c);

  switch (kind) {
    case 'heimao':
    case '12378':
    case 'local_finance':
    case '12315':
    case 'xinfang':
    case 'nifa': {
      const s = sections(input);
      if (loan) s.intro = loan;
      // Where a form has no field of its own for the demand, it goes at the end of the details.
      if (kind === 'nifa') s.outro = `【诉求】\n${demand}`;
      const before = historyLines(input);
      if (before.length && (kind === 'xinfang' || kind === '12378' || kind === 'local_finance')) s.intro = [s.intro, `【此前反映情况】\n${before.join('\n')}`].filter(Boolean).join('\n');
      const fields: DraftFields = {
        company: fit('company', name),
        title: fit('title', title),
        demand: fit('demand', demand),
        details: assemble(s, limitFor(kind, 'details')),
      };
      if (kind === 'heimao') fields.problem = fit('problem', problemText(cited));
      // Closed lists (举报类型, 问题类别 …) take the first option matching, in this order.
      fields.category = kind === 'nifa' ? '暴力催收|欠款催收|催收|违规催收|金融' : '欠款催收|暴力催收|催收|金融|骚扰';
      if (amount && kind !== 'nifa' && kind !== 'xinfang') fields.amount = amount;
      if (kind === '12315' && f.firstAt !== undefined) fields.date = formatBeijing(f.firstAt).slice(0, 10);
      return fields;
    }
    case '12321': {
      const top = f.numbers.find((n) => f.callList.some((c2) => c2.numberKey === n.key)) ?? f.numbers[0];
      const calls = top ? f.callList.filter((x) => x.numberKey === top.key) : [];
      const call = calls.find((x) => x.durationSec > 0) ?? calls[0];
      const sms = f.excerpts.find((e) => e.violations.length && e.text.length <= limitFor(kind, 'smsContent')) ?? f.excerpts[0];
      const out: DraftFields = { category: '欠款催收', method: '' };
      const lines: string[] = [];
      if (top && calls.length) {
        out.reportedNumber = dialable(top.key);
        const span = calls.length > 1 ? `${when(calls[calls.length - 1]!.at)}至${when(calls[0]!.at)}` : when(calls[0]!.at);
        const odd = calls.filter((x) => isOddHour(x.at)).length;
        lines.push(`号码${dialable(top.key)}是${name}的催收电话，${span}共呼叫我${calls.length}次${odd ? `，其中夜间（22:00至次日8:00）${odd}次` : ''}。`);
      }
      if (call) {
        const t = formatBeijing(call.at);
        out.date = t.slice(0, 10);
        out.time = t.slice(11, 16);
        out.duration = String(call.durationSec);
      }
      lines.push(summaryParagraph(c, f));
      const rules = cited.filter((x) => x.violation !== 'odd_hours' || f.oddHours).map((x) => x.title).join('、');
      if (rules) lines.push(`存在${rules}等违规催收行为，严重干扰我的正常生活，请求核查处理。`);
      out.details = fit('details', lines.join(''));
      if (sms) {
        out.smsNumber = dialable(sms.numberKey);
        out.smsDatetime = when(sms.at, sms.dayOnly);
        // Verbatim (FACTS.md §3): never shortened; too-long texts were skipped above.
        out.smsContent = sms.text;
      }
      return out;
    }
    case 'letter': {
      const plan = '延期,二次分期,减免罚息';
      return { plan, body: letterBody(input, plan) };
    }
    case 'police':
      return { body: policeBody(input) };
    case 'script-lender':
    case 'script-12378':
    case 'script-12321':
      return { body: hotlineScript(kind, input) };
  }
}

/** The negotiation letter's text for the chosen proposals (延期 / 二次分期 / 减免罚息). */
export function letterBody(input: DraftInput, plan: string): string {
  const { caseEntry: c, facts: f, reporter: r, now } = input;
  const chosen = plan.split(/[,，、\s]+/).filter((p) => PLAN_TEXT[p]);
  const asks = (chosen.length ? chosen : ['延期']).map((p, i) => `${i + 1}. ${PLAN_TEXT[p]}；`);
  const loan = loanLine(c);
  const problems = citeViolations(f.violations, c.kind).map((x) => x.title).join('、');
  return [
    '协商还款申请书',
    '',
    `致：${lenderName(c)} 客户服务部门 / 贷后管理部门`,
    '',
    `本人${r.name ?? ''}${r.phone ? `（联系电话：${r.phone}）` : ''}在贵司借款。${loan ? `${loan}。` : ''}`,
    '由于我目前经济困难，暂时无法按原计划足额还款，但我有还款意愿，愿意在能力范围内继续偿还。现向贵司申请：',
    ...asks,
    '',
    '请贵司在收到本申请后，以书面形式（短信、电子邮件或加盖公章的函件）回复并确认协商结果，包括还款金额、期数、每期日期，以及已减免的罚息和费用。',
    problems ? `同时，贵司及委托的催收人员存在${problems}等行为，请立即停止，只通过本人联系我，不得联系我的家人、朋友和同事。` : '请只通过本人联系我，不得联系我的家人、朋友和同事。',
    '',
    `申请人：${r.name ?? ''}`,
    `日期：${dateZh(now)}`,
  ].join('\n');
}

function policeBody(input: DraftInput): string {
  const { caseEntry: c, facts: f, reporter: r } = input;
  const s = sections(input, 20);
  const cited = citeViolations(f.violations, c.kind);
  const keepAway = cited.some((x) => x.bases.some((b) => b.id === 'psl-50-2'));
  const intro = [
    '报案材料',
    '',
    '报案人信息',
    reporterLine(r) || '姓名：＿＿＿＿＿＿  联系电话：＿＿＿＿＿＿  身份证号：＿＿＿＿＿＿＿＿＿＿',
    '',
    `被报案对象：${lenderName(c)}及其委托的催收人员${c.serviceNumber ? `（客服电话：${c.serviceNumber}）` : ''}`,
    loanLine(c),
  ].filter((x) => x !== undefined).join('\n');
  const request = [
    '【请求】',
    '请公安机关依法调查上述催收人员的违法行为，依法予以处理，制止其继续骚扰、威胁我和我的家人。',
    keepAway ? '对其滋扰、纠缠行为，请依法责令其远离我和我的家人。' : '',
    '',
    '附：证据清单（短信、通话记录截图及安宁导出的证据报告，含每条记录的 SHA-256 校验值）。手机原件我会带来，可当场核对。',
    '',
    `报案人：${r.name ?? ''}`,
    `日期：${dateZh(input.now)}`,
  ].filter((x, i, a) => x !== '' || a[i - 1] !== '').join('\n');
  return assemble({ ...s, intro, outro: request }, Infinity);
}

function hotlineScript(kind: DraftKind, input: DraftInput): string {
  const { caseEntry: c, facts: f, reporter: r } = input;
  const name = lenderName(c);
  const cited = citeViolations(f.violations, c.kind);
  const problems = cited.map((x) => x.title).join('、') || '催收骚扰';
  const hello =
    kind === 'script-12378' ? '您好，我要投诉一家金融机构的违规催收。'
    : kind === 'script-12321' ? '您好，我要举报骚扰电话和短信，内容是欠款催收。'
    : `您好，我是贵司的借款人${r.name ? `${r.name}` : ''}，我要投诉贵司的催收行为。`;
  const lines = [
    `【开场】${hello}`,
    `【我是谁】报上自己的姓名和手机号${r.name ? `：我叫${r.name}${r.phone ? `，手机号${r.phone}` : ''}` : ''}。`,
    `【投诉对象】${name}${c.serviceNumber ? `，客服电话${c.serviceNumber}` : ''}。`,
    `【发生了什么】${summaryParagraph(c, f)}`,
    `【主要问题】${problems}。`,
  ];
  const worst = f.excerpts.find((e) => e.violations.length);
  if (worst) lines.push(`【举一条原话】${excerptLine(worst, 1).replace(/^1\. /, '')}`);
  if (kind === 'script-12321' && f.numbers.length) lines.push(`【被举报号码】${f.numbers.slice(0, 5).map((n) => dialable(n.key)).join('、')}。`);
  lines.push(`【我的要求】${defaultDemand(f).replace(/\n/g, ' ')}`);
  lines.push('【最后】请告诉我工单号（受理编号）和答复时限。我记下来：工单号＿＿＿＿＿＿，接线员工号＿＿＿＿，日期＿＿＿＿。');
  lines.push('提示：语气平稳、只讲事实；对方推诿时，说明已保存全部短信和通话记录，可以提供。');
  return lines.join('\n');
}

/** A saved draft (edited by the user) wins over a freshly built one, field by field. */
export function mergeDraft(built: DraftFields, saved: Record<string, string> | undefined): DraftFields {
  return saved ? { ...built, ...saved } : built;
}

/** Portals that ask for a real-name report (FACTS.md §3: NIFA; government channels). */
const REAL_NAME_PROFILES = new Set(['nifa', '12378', '12315', 'xinfang', 'generic']);

/** Values for the fill engine from a draft: 12321's SMS form takes the SMS sender and time. */
export function fillTextFromDraft(fields: DraftFields, reporter: ReporterDetails, profileId: string): Partial<Record<FieldRole, string>> {
  const t: Partial<Record<FieldRole, string>> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined || v === '' || k === 'body' || k === 'plan' || k === 'smsNumber' || k === 'smsDatetime') continue;
    t[k as FieldRole] = v;
  }
  if (profileId === '12321-sms') {
    if (fields.smsNumber) t.reportedNumber = fields.smsNumber;
    if (fields.smsDatetime) {
      t.datetime = fields.smsDatetime;
      t.date = fields.smsDatetime.slice(0, 10);
      t.time = fields.smsDatetime.slice(11, 16);
    }
    delete t.duration;
  } else if (t.date && t.time && !t.datetime) {
    t.datetime = `${t.date} ${t.time}`;
  }
  if (reporter.name) t.reporterName = reporter.name;
  if (reporter.phone) t.reporterPhone = reporter.phone;
  // The ID number goes only to channels that require real names, never to public ones like 黑猫.
  if (reporter.idNumber && REAL_NAME_PROFILES.has(profileId)) t.idNumber = reporter.idNumber;
  if (reporter.email) t.email = reporter.email;
  if (reporter.address) t.address = reporter.address;
  return t;
}
