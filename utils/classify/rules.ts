// Rules and law as data: the one table that says what each violation is, in plain words, and what
// the law says about it. Complaint drafts cite only through this table.
//
// Citations follow /work/shared/FACTS.md (the project's fact sheet):
// - an article number appears only where FACTS marks the fact H (read in a full-text copy);
// - M facts are cited by document name and content, never with an article number (so the 2011
//   credit-card measures are cited without their article, though FACTS names one);
// - L facts are not cited at all (the 2018 NIFA 自律公约 is left out for that reason, and GB/T 45251's
//   content details are L, so it is cited by name and subject only);
// - 治安管理处罚法: 第50条 for acts from 2026-01-01 (the revised law), the old 第42条 for acts before.
// Dates are Beijing calendar days; a basis applies to an act at `at` when effectiveFrom ≤ day < effectiveTo.
import { fromBeijing } from '../i18n/time';
import type { RecordViolation } from './types';

export type Confidence = 'H' | 'M';

export interface LegalBasis {
  id: string;
  /** Document name as a complaint writes it, with its 《》 where it has them. */
  document: string;
  documentEn: string;
  /** Article, paragraph and item. Only for facts FACTS.md marks H; absent otherwise. */
  article?: string;
  /** What the provision says, in words a complaint may quote. */
  content: string;
  contentEn: string;
  confidence: Confidence;
  /** First Beijing day the provision applies to an act (inclusive), `YYYY-MM-DD`. */
  effectiveFrom?: string;
  /** First Beijing day it no longer applies (exclusive), `YYYY-MM-DD`. */
  effectiveTo?: string;
  /** Where the fact comes from. */
  source: string;
  /** A caveat a complaint must keep with the citation. */
  note?: string;
  noteEn?: string;
}

export type RuleId =
  | 'third_party.disclosure'
  | 'contact_list.exposure'
  | 'threat.intimidation'
  | 'insult.degrading'
  | 'false_legal.criminal'
  | 'false_legal.impersonation'
  | 'false_legal.blacklist'
  | 'odd_hours.night'
  | 'frequency.connected'
  | 'frequency.attempts';

export interface Rule {
  id: RuleId;
  violation: RecordViolation;
  title: { zh: string; en: string };
  /** Plain-language "why this is wrong", shown next to the highlighted phrase. */
  explanation: { zh: string; en: string };
  basis: readonly LegalBasis[];
}

const F1 = 'FACTS.md §1';
const F2 = 'FACTS.md §2';

// ---- law (H) -------------------------------------------------------------------------------------
const CIVIL = { document: '《中华人民共和国民法典》', documentEn: 'Civil Code of the PRC', confidence: 'H', effectiveFrom: '2021-01-01', source: F2 } as const;
const PIPL = { document: '《中华人民共和国个人信息保护法》', documentEn: 'Personal Information Protection Law', confidence: 'H', effectiveFrom: '2021-11-01', source: F2 } as const;
const CRIMINAL = { document: '《中华人民共和国刑法》', documentEn: 'Criminal Law of the PRC', confidence: 'H', source: F2 } as const;
const PSL_NEW = { document: '《中华人民共和国治安管理处罚法》（2025年修订）', documentEn: 'Public Security Administration Punishments Law (2025 revision)', confidence: 'H', effectiveFrom: '2026-01-01', source: F2 } as const;

export const LAW = {
  civil1032: { ...CIVIL, id: 'civil-1032', article: '第1032条', content: '自然人享有隐私权，隐私包括私人生活安宁。', contentEn: 'Everyone has a right to privacy, which includes the peace of private life.' },
  civil1033: { ...CIVIL, id: 'civil-1033-1', article: '第1033条第（一）项', content: '除法律另有规定或者权利人明确同意外，任何组织或者个人不得以电话、短信、即时通讯工具、电子邮件、传单等方式侵扰他人的私人生活安宁。', contentEn: 'Without consent or a legal basis, no one may disturb another person\'s private life by phone calls, SMS, instant messaging, e-mail or leaflets.' },
  civil1034: { ...CIVIL, id: 'civil-1034', article: '第1034条', content: '自然人的个人信息受法律保护，电话号码属于个人信息。', contentEn: 'Personal information, including phone numbers, is protected by law.' },
  civil1024: { ...CIVIL, id: 'civil-1024', article: '第1024条', content: '任何组织或者个人不得以侮辱、诽谤等方式侵害他人的名誉权。', contentEn: 'No one may infringe another person\'s reputation by insult, defamation or similar means.' },
  civil1038: { ...CIVIL, id: 'civil-1038', article: '第1038条', content: '信息处理者不得泄露个人信息，未经自然人同意，不得向他人非法提供其个人信息。', contentEn: 'Handlers must not leak personal information or give it to others without consent.' },
  civil995: { ...CIVIL, id: 'civil-995', article: '第995条', content: '停止侵害、排除妨碍、消除危险等请求权，不适用诉讼时效。', contentEn: 'Claims to stop an infringement are not time-barred.' },
  pipl6: { ...PIPL, id: 'pipl-6', article: '第6条', content: '处理个人信息应当具有明确、合理的目的，限于实现处理目的的最小范围。', contentEn: 'Processing must have a clear purpose and be limited to the minimum necessary.' },
  pipl10: { ...PIPL, id: 'pipl-10', article: '第10条', content: '任何组织、个人不得非法收集、使用、加工、传输他人个人信息，不得非法提供或者公开他人个人信息。', contentEn: 'No one may unlawfully collect, use, transmit, provide or disclose another person\'s personal information.' },
  pipl25: { ...PIPL, id: 'pipl-25', article: '第25条', content: '个人信息处理者不得公开其处理的个人信息，取得个人单独同意的除外。', contentEn: 'Handlers must not publish the personal information they process without separate consent.' },
  pipl65: { ...PIPL, id: 'pipl-65', article: '第65条', content: '任何组织、个人有权对违法个人信息处理活动向履行个人信息保护职责的部门进行投诉、举报。', contentEn: 'Anyone may complain to the authorities about unlawful processing of personal information.' },
  crim2531: { ...CRIMINAL, id: 'criminal-253-1', article: '第253条之一', content: '侵犯公民个人信息罪：违反国家有关规定，向他人出售或者提供公民个人信息，情节严重的，依法追究刑事责任。', contentEn: 'Infringing citizens\' personal information (selling or providing it unlawfully, in serious cases) is a crime.' },
  crim293: { ...CRIMINAL, id: 'criminal-293', article: '第293条', content: '寻衅滋事罪：追逐、拦截、辱骂、恐吓他人，情节恶劣的，依法追究刑事责任。', contentEn: 'Picking quarrels and provoking trouble (chasing, abusing or intimidating others, in serious cases) is a crime.' },
  crim2931: { ...CRIMINAL, id: 'criminal-293-1', article: '第293条之一', effectiveFrom: '2021-03-01', content: '催收非法债务罪：使用暴力、胁迫方法，限制他人人身自由或者侵入他人住宅，恐吓、跟踪、骚扰他人，催收高利放贷等产生的非法债务，情节严重的，依法追究刑事责任。', contentEn: 'Collecting illegal debts (e.g. usurious loans) by violence, restricting liberty, or intimidation, stalking and harassment is a crime.', note: '仅适用于非法债务（如高利放贷）；合法债务请引用刑法第293条或治安管理处罚法。', noteEn: 'Only for illegal debts such as usurious loans; for lawful debts cite Art. 293 or the public-security law.' },
  crim246: { ...CRIMINAL, id: 'criminal-246', article: '第246条', content: '以暴力或者其他方法公然侮辱他人或者捏造事实诽谤他人，情节严重的，依法追究刑事责任。', contentEn: 'Publicly insulting or defaming another person, in serious cases, is a crime.' },
  psl50i: { ...PSL_NEW, id: 'psl-50-1-1', article: '第50条第一款第（一）项', content: '威胁他人人身安全的，依法予以治安管理处罚。', contentEn: 'Threatening another person\'s personal safety is punished under the law.' },
  psl50ii: { ...PSL_NEW, id: 'psl-50-1-2', article: '第50条第一款第（二）项', content: '公然侮辱他人或者捏造事实诽谤他人的，依法予以治安管理处罚。', contentEn: 'Publicly insulting or defaming another person is punished under the law.' },
  psl50v: { ...PSL_NEW, id: 'psl-50-1-5', article: '第50条第一款第（五）项', content: '多次发送淫秽、侮辱、恐吓等信息，或者采取滋扰、纠缠、跟踪等方法，干扰他人正常生活的，处五日以下拘留或者一千元以下罚款；情节较重的，处五日以上十日以下拘留。', contentEn: 'Repeatedly sending obscene, insulting or threatening messages, or harassing, pestering or stalking so as to disrupt another person\'s normal life: up to 5 days\' detention or a fine up to ¥1,000; 5–10 days in serious cases.' },
  psl50vi: { ...PSL_NEW, id: 'psl-50-1-6', article: '第50条第一款第（六）项', content: '散布他人隐私的，依法予以治安管理处罚。', contentEn: 'Spreading another person\'s private information is punished under the law.' },
  psl50p2: { ...PSL_NEW, id: 'psl-50-2', article: '第50条第二款', content: '对实施滋扰、纠缠、跟踪等行为的，公安机关可以责令其远离被侵害人。', contentEn: 'For harassment, the police may order the offender to keep away from the victim.' },
  psl62: { ...PSL_NEW, id: 'psl-62', article: '第62条', content: '冒充国家机关工作人员的，依法予以治安管理处罚。', contentEn: 'Impersonating state officials is punished under the law.' },
  psl42: { id: 'psl-42-old', document: '《中华人民共和国治安管理处罚法》（2012年修正）', documentEn: 'Public Security Administration Punishments Law (before the 2025 revision)', article: '第42条', content: '发送侮辱、恐吓等信息干扰他人正常生活、威胁他人人身安全、公然侮辱他人、散布他人隐私等行为，依法予以治安管理处罚。', contentEn: 'Sending insulting or threatening messages that disrupt normal life, threatening personal safety, public insult and spreading private information are punished under the law.', confidence: 'H', effectiveTo: '2026-01-01', source: F2, note: '本行为发生在2026年1月1日前，适用修订前的第42条；如修订后的规定处罚较轻，适用修订后的规定。', noteEn: 'The act predates 2026-01-01, so the old Art. 42 applies, unless the revised law is lighter.' },
  softViolence: { id: 'soft-violence-2019', document: '最高人民法院、最高人民检察院、公安部、司法部《关于办理实施"软暴力"的刑事案件若干问题的意见》', documentEn: 'SPC/SPP/MPS/MOJ Opinions on criminal cases involving "soft violence" (2019)', content: '"软暴力"是指以滋扰、纠缠、哄闹、聚众造势等手段，足以使他人产生恐惧、恐慌进而形成心理强制，或者足以影响、限制人身自由、危及人身财产安全，影响正常生活、工作的违法犯罪手段；通过信息网络或者通讯工具实施的，同样认定。', contentEn: '"Soft violence" is harassment, pestering, clamour or crowd pressure that makes a person afraid or mentally coerced, or disrupts normal life and work; acts through networks and phones count.', confidence: 'H', effectiveFrom: '2019-04-09', source: F2, note: '按名称和定义引用，不引用条文序号。', noteEn: 'Cite by name and definition, without an article number.' },
} as const satisfies Record<string, LegalBasis>;

// ---- industry rules (M: by name and content, no article numbers) -------------------------------
export const INDUSTRY = {
  nifa2024: { id: 'nifa-2024', document: '中国互联网金融协会《互联网金融贷后催收业务指引》', documentEn: 'NIFA Guidelines on Post-Loan Collection in Internet Finance (2024)', content: '除另有约定外，不得在22:00至次日8:00期间催收；对同一债务人每日接通的催收语音电话不超过3次（贷款机构及其委托的催收机构合计）。', contentEn: 'Unless otherwise agreed, no collection between 22:00 and 08:00; at most 3 connected collection voice calls per debtor per day (lender and its agents together).', confidence: 'M', effectiveFrom: '2024-05-15', source: F1 },
  cba2026: { id: 'cba-2026', document: '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》', documentEn: 'China Banking Association Guidelines on Collection of Personal Consumer Loans by Financial Institutions (trial)', content: '未经同意不得在22:00至次日8:00期间致电或上门催收；对同一号码每日未接通的呼叫不应超过6次；不得向与债务无关的第三人催收（仅在无法联系债务人时可请第三人提供联系方式或转达信息，且不得透露债务情况，对方拒绝即停止）；禁止冒充国家机关或司法机关、散布个人隐私、威胁、侮辱、欺诈、暴力、编造"黑名单"、夸大债务或法律后果、在公共场所张贴催收通知或律师函、未经同意上门进入住所或工作场所。', contentEn: 'No calls or visits 22:00–08:00 without consent; no more than 6 unanswered calls a day to the same number; no collection from unrelated third parties (they may only be asked for contact details or to pass on a message, without revealing the debt); banned: impersonating state or judicial bodies, spreading private information, threats, insults, fraud, violence, invented blacklists, exaggerating the debt or legal consequences, public notices or lawyer letters, entering home or workplace without consent.', confidence: 'M', effectiveFrom: '2026-01-30', source: F1, note: '适用于金融机构的信用卡和个人消费类贷款；发布日期为2026年1月30日，条文序号未知。', noteEn: 'Covers credit cards and consumer loans of financial institutions; released 2026-01-30; article numbers unknown.' },
  cfc2024: { id: 'cfc-2024', document: '国家金融监督管理总局《消费金融公司管理办法》', documentEn: 'NFRA Measures for the Administration of Consumer Finance Companies', content: '不得采用暴力、威胁、恐吓、骚扰等不正当手段催收，不得向与债务无关的第三人催收。', contentEn: 'No collection by violence, threats, intimidation, harassment or other improper means; no collection from third parties unrelated to the debt.', confidence: 'M', effectiveFrom: '2024-04-18', source: F1, note: '适用于持牌消费金融公司；条文序号未知。', noteEn: 'Applies to licensed consumer finance companies; article number unknown.' },
  cc2011: { id: 'cc-2011', document: '《商业银行信用卡业务监督管理办法》', documentEn: 'Measures on the Supervision of Commercial Banks\' Credit Card Business (2011)', content: '催收只能向债务人本人及其担保人进行，不得采用暴力、胁迫、恐吓或辱骂等不当催收行为；催收应当记录，记录至少保存2年。', contentEn: 'Collect only from the debtor and guarantor; no violence, coercion, threats or insults; collection must be recorded and records kept at least 2 years.', confidence: 'M', source: F1, note: '适用于商业银行信用卡。', noteEn: 'Applies to bank credit cards.' },
  gbt45251: { id: 'gbt-45251-2025', document: 'GB/T 45251—2025《互联网金融 个人网络消费信贷 贷后催收风控指引》', documentEn: 'GB/T 45251—2025 Internet finance — Personal online consumer credit — Post-loan collection risk-control guideline', content: '推荐性国家标准，规范个人网络消费信贷的贷后催收（催收对象、时间和频率）。', contentEn: 'Recommended national standard on post-loan collection in online consumer credit (whom, when and how often collectors may contact).', confidence: 'M', effectiveFrom: '2025-02-28', source: F1, note: '推荐性标准；其具体条款内容未经全文核实，仅按名称引用。', noteEn: 'A recommended standard; its detailed provisions are unverified, so it is cited by name only.' },
} as const satisfies Record<string, LegalBasis>;

export const RULES: readonly Rule[] = [
  {
    id: 'third_party.disclosure', violation: 'third_party',
    title: { zh: '向第三人催收', en: 'Collecting from a third party' },
    explanation: {
      zh: '催收只能针对借款人本人。向家人、朋友、同事或紧急联系人透露借款人的欠款，或让他们转告、施压、代为还款，是向与债务无关的第三人催收，也泄露了借款人的个人信息。',
      en: 'Collection may only be aimed at the borrower. Telling family, friends, colleagues or emergency contacts about the debt, or asking them to pass on pressure or pay, is collecting from unrelated third parties and leaks the borrower\'s personal information.',
    },
    basis: [LAW.civil1034, LAW.civil1038, LAW.pipl6, LAW.pipl10, LAW.psl50vi, LAW.psl42, INDUSTRY.cba2026, INDUSTRY.cfc2024, INDUSTRY.cc2011, INDUSTRY.gbt45251],
  },
  {
    id: 'contact_list.exposure', violation: 'contact_list',
    title: { zh: '爆通讯录、公开曝光', en: 'Contact-list blasting and public shaming' },
    explanation: {
      zh: '威胁或宣称要群发借款人的通讯录、通知单位、村里或亲友，或把欠款信息、P过的照片挂到网上、群里、小区，是散布个人隐私、损害名誉的行为。',
      en: 'Threatening or announcing messages to the borrower\'s contacts, workplace, village or friends, or posting the debt or doctored photos online, in groups or in public, spreads private information and damages reputation.',
    },
    basis: [LAW.civil1024, LAW.civil1032, LAW.civil1034, LAW.civil1038, LAW.pipl10, LAW.pipl25, LAW.crim2531, LAW.psl50ii, LAW.psl50vi, LAW.psl42, INDUSTRY.cba2026],
  },
  {
    id: 'threat.intimidation', violation: 'threat',
    title: { zh: '威胁恐吓', en: 'Threats and intimidation' },
    explanation: {
      zh: '扬言上门"处理"、到单位或家里堵人、伤害人身、威胁家人，或"后果自负"之类的恐吓，属于以恐吓手段催收（"软暴力"）。',
      en: 'Threatening to come to the home or workplace, to harm the borrower or family, or other intimidation ("you bear the consequences") is collection by intimidation ("soft violence").',
    },
    basis: [LAW.civil1032, LAW.psl50i, LAW.psl50v, LAW.psl50p2, LAW.psl42, LAW.crim293, LAW.crim2931, LAW.softViolence, INDUSTRY.cba2026, INDUSTRY.cfc2024, INDUSTRY.cc2011],
  },
  {
    id: 'insult.degrading', violation: 'insult',
    title: { zh: '侮辱谩骂', en: 'Insults and abuse' },
    explanation: {
      zh: '用"老赖""骗子""人渣"等字眼辱骂、贬低借款人，侵害名誉权，是明令禁止的催收方式。',
      en: 'Calling the borrower names ("deadbeat", "fraud", "scum") or degrading them infringes their reputation and is a banned collection practice.',
    },
    basis: [LAW.civil1024, LAW.psl50ii, LAW.psl50v, LAW.psl42, LAW.crim246, INDUSTRY.cba2026, INDUSTRY.cc2011],
  },
  {
    id: 'false_legal.criminal', violation: 'false_legal',
    title: { zh: '虚构或夸大法律后果', en: 'False or exaggerated legal consequences' },
    explanation: {
      zh: '普通逾期是民事纠纷。催收方声称"已构成诈骗""已立案""已移交公安""马上拘留""冻结微信支付宝""影响子女政审"，都是虚构或夸大法律后果的恐吓。只有法院依法判决、执行，催收方无权做这些事。',
      en: 'An ordinary overdue loan is a civil matter. Claims that it is "fraud", "a case has been filed", "handed to the police", "you will be detained", "WeChat/Alipay will be frozen" or "your children\'s prospects are affected" are invented or exaggerated legal consequences; only a court can rule and enforce.',
    },
    basis: [LAW.psl50v, LAW.psl42, LAW.softViolence, INDUSTRY.cba2026, INDUSTRY.cfc2024],
  },
  {
    id: 'false_legal.impersonation', violation: 'false_legal',
    title: { zh: '冒充公检法或监管机关', en: 'Impersonating police, courts or regulators' },
    explanation: {
      zh: '以"公安""法院执行局""金融监管局""征信中心"等名义催债是冒充国家机关。真正的法院通知可拨打12368核实；公安和监管部门不会替平台催款。',
      en: 'Pressing for repayment in the name of the police, a court\'s enforcement bureau, a regulator or the credit bureau is impersonating the state. A court message can be verified by calling 12368; police and regulators do not collect debts for lenders.',
    },
    basis: [LAW.psl62, LAW.psl50v, LAW.psl42, INDUSTRY.cba2026],
  },
  {
    id: 'false_legal.blacklist', violation: 'false_legal',
    title: { zh: '编造"黑名单"', en: 'Invented blacklists' },
    explanation: {
      zh: '"失信被执行人名单"只能由法院在判决生效后依法决定，不存在所谓"征信黑名单""全国联网黑名单"。催收方声称要把借款人列入黑名单是编造的。',
      en: 'Only a court, after a judgment, can put someone on the list of dishonest judgment debtors; there is no "credit blacklist". A collector claiming to blacklist the borrower is inventing it.',
    },
    basis: [LAW.psl50v, LAW.psl42, INDUSTRY.cba2026],
  },
  {
    id: 'odd_hours.night', violation: 'odd_hours',
    title: { zh: '夜间催收（22:00–08:00）', en: 'Collection at night (22:00–08:00)' },
    explanation: {
      zh: '在北京时间22:00至次日8:00之间发送催收信息或致电，侵扰私人生活安宁，行业规则禁止在此时段催收。',
      en: 'Collection messages or calls between 22:00 and 08:00 Beijing time disturb private life; industry rules forbid collection in those hours.',
    },
    basis: [LAW.civil1032, LAW.civil1033, INDUSTRY.nifa2024, INDUSTRY.cba2026, INDUSTRY.gbt45251],
  },
  {
    id: 'frequency.connected', violation: 'frequency',
    title: { zh: '每日接通催收电话过多', en: 'Too many connected calls a day' },
    explanation: {
      zh: '同一借款人每天被接通的催收电话超过3次（贷款机构及其委托机构合计），属于过度催收、骚扰。',
      en: 'More than 3 connected collection calls to one borrower in one day (lender and agents together) is excessive collection and harassment.',
    },
    basis: [LAW.civil1033, LAW.psl50v, LAW.psl50p2, LAW.psl42, LAW.softViolence, INDUSTRY.nifa2024, INDUSTRY.gbt45251],
  },
  {
    id: 'frequency.attempts', violation: 'frequency',
    title: { zh: '每日呼叫次数过多（呼死你）', en: 'Too many call attempts a day (call-bombing)' },
    explanation: {
      zh: '一天之内呼叫超过6次（含未接通），属于"呼死你"式的骚扰催收。',
      en: 'More than 6 call attempts in one day (answered or not) is call-bombing harassment.',
    },
    basis: [LAW.civil1033, LAW.psl50v, LAW.psl50p2, LAW.psl42, LAW.softViolence, INDUSTRY.cba2026],
  },
];

const RULE_BY_ID = new Map<RuleId, Rule>(RULES.map((r) => [r.id, r]));

export function ruleById(id: RuleId): Rule {
  const r = RULE_BY_ID.get(id);
  if (!r) throw new Error(`unknown rule ${id}`);
  return r;
}

export function rulesFor(violation: RecordViolation): Rule[] {
  return RULES.filter((r) => r.violation === violation);
}

/** UTC ms of Beijing midnight starting `day` (`YYYY-MM-DD`). */
export function beijingDayStart(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`bad date ${day}`);
  return fromBeijing(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Whether `basis` applies to an act done at `at` (UTC ms), by its effective dates. */
export function appliesAt(basis: LegalBasis, at: number): boolean {
  if (basis.effectiveFrom && at < beijingDayStart(basis.effectiveFrom)) return false;
  if (basis.effectiveTo && at >= beijingDayStart(basis.effectiveTo)) return false;
  return true;
}

/**
 * The legal basis a complaint may cite for `violation` committed at `at` (UTC ms): every basis of
 * every rule for that violation that was in force on that Beijing day, each once, H before M.
 * Pass `ruleId` to restrict to one rule (e.g. only impersonation).
 */
export function citationsFor(violation: RecordViolation, at: number, ruleId?: RuleId): LegalBasis[] {
  if (!Number.isFinite(at)) throw new Error('citationsFor: the act\'s time is required');
  const seen = new Set<string>();
  const out: LegalBasis[] = [];
  for (const rule of rulesFor(violation)) {
    if (ruleId && rule.id !== ruleId) continue;
    for (const b of rule.basis) {
      if (seen.has(b.id) || !appliesAt(b, at)) continue;
      seen.add(b.id);
      out.push(b);
    }
  }
  return out.sort((a, b) => (a.confidence === b.confidence ? 0 : a.confidence === 'H' ? -1 : 1));
}

/** How a complaint writes one citation: document, article where allowed, content. */
export function formatCitation(b: LegalBasis, lang: 'zh' | 'en' = 'zh'): string {
  if (lang === 'en') return `${b.documentEn}${b.article ? ` (${b.article})` : ''}: ${b.contentEn}`;
  return `${b.document}${b.article ?? ''}：${b.content}`;
}
