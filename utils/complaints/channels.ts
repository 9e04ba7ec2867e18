/**
 * Complaint channels, one table from FACTS.md §3: who each channel is for, how it is reached, and
 * when an answer can be expected. `adviseChannels` orders them for one case — the lender first, then
 * the regulator that supervises this kind of lender, then channels that fit the violations found.
 */
import type { LenderKind } from '../store/types';

export type ChannelId =
  | 'lender'
  | '12378'
  | 'local_finance'
  | '12363'
  | '12321'
  | '12300'
  | 'nifa'
  | 'heimao'
  | 'police'
  | '12315'
  | 'xinfang'
  | '12368';

/** How the user reaches the channel: a web form we can pre-fill, a phone call, a letter, in person. */
export type ChannelMedium = 'web' | 'hotline' | 'letter' | 'in_person';

export type Confidence = 'H' | 'M' | 'L';

export interface AnswerDue {
  /** Working days (Mon–Fri; public holidays are not known to the product and are not skipped). */
  workingDays?: number;
  /** Plain days. */
  days?: number;
  /** True when the figure is the channel's own (FACTS.md), false when it is only our follow-up reminder. */
  stated: boolean;
}

export interface Channel {
  id: ChannelId;
  name: { zh: string; en: string };
  medium: ChannelMedium[];
  /** Where to go, for web channels; the hotline number for phone channels. */
  url?: string;
  phone?: string;
  /** Which lender kinds it is meant for; 'any' when it does not depend on the lender. */
  fits: Array<LenderKind | 'any'>;
  /** What the channel is for, as FACTS.md §3 says. */
  note: { zh: string; en: string };
  confidence: Confidence;
  answerDue: AnswerDue;
  /** FACTS.md section the row comes from. */
  source: string;
}

const FOLLOW_UP: AnswerDue = { days: 7, stated: false };

export const CHANNELS: readonly Channel[] = [
  {
    id: 'lender', name: { zh: '借贷平台自己的客服', en: "The lender's own customer service" }, medium: ['hotline', 'letter'],
    fits: ['any'], confidence: 'M', answerDue: FOLLOW_UP, source: 'FACTS.md §3',
    note: { zh: '监管部门通常要求先向机构本身投诉；保留投诉记录和工单号。', en: 'Regulators expect a complaint to the institution first; keep the ticket number.' },
  },
  {
    id: '12378', name: { zh: '12378 金融监管总局', en: '12378 NFRA (financial regulator)' }, medium: ['hotline', 'web'],
    phone: '12378', url: 'https://www.nfra.gov.cn/', fits: ['bank', 'consumer_finance'], confidence: 'M', answerDue: FOLLOW_UP,
    source: 'FACTS.md §3',
    note: { zh: '管银行（信用卡、银行网贷、银行出资的助贷）、持牌消费金融公司、汽车金融。以电话为主，网上投诉表未确认。', en: 'For banks (cards, bank online loans, bank-funded platforms), licensed consumer-finance companies, auto finance. Mainly by phone; an online form is not confirmed.' },
  },
  {
    id: 'local_finance', name: { zh: '地方金融管理局 / 12345', en: 'Provincial financial regulator / 12345' }, medium: ['hotline', 'web'],
    phone: '12345', fits: ['microloan'], confidence: 'M', answerDue: FOLLOW_UP, source: 'FACTS.md §3',
    note: { zh: '管网络小贷公司、融资担保公司：向放贷公司注册地的省级金融管理局或拨打 12345。', en: 'For online micro-lenders and financing guarantors: the provincial regulator where the company is registered, or 12345.' },
  },
  {
    id: '12363', name: { zh: '12363 中国人民银行', en: '12363 People’s Bank of China' }, medium: ['hotline'], phone: '12363',
    fits: ['any'], confidence: 'M', answerDue: FOLLOW_UP, source: 'FACTS.md §3',
    note: { zh: '征信（信用报告）和支付问题，例如被威胁“上征信黑名单”或征信记录有误。', en: 'Credit reports and payments, e.g. threats about your credit record or wrong entries.' },
  },
  {
    id: '12321', name: { zh: '12321 网络不良与垃圾信息举报', en: '12321 nuisance call & SMS reporting' }, medium: ['web', 'hotline'],
    url: 'https://www.12321.cn/notifyHomePhone', phone: '12321', fits: ['any'], confidence: 'M', answerDue: FOLLOW_UP, source: 'FACTS.md §3, §7',
    note: { zh: '骚扰电话、短信，不论是谁发的。短信原文照抄，不能改动；骚扰电话选“欠款催收”。', en: 'Harassing calls and SMS from anyone. Report SMS text verbatim; choose 欠款催收 for harassing calls.' },
  },
  {
    id: '12300', name: { zh: '12300 工信部电信用户申诉', en: '12300 MIIT telecom complaints' }, medium: ['hotline', 'web'], phone: '12300',
    fits: ['any'], confidence: 'M', answerDue: FOLLOW_UP, source: 'FACTS.md §3',
    note: { zh: '向 12321 举报后运营商不处理时再找 12300。', en: 'When the carrier does not act on a 12321 report.' },
  },
  {
    id: 'nifa', name: { zh: '中国互联网金融协会举报平台', en: 'NIFA reporting platform' }, medium: ['web'],
    url: 'https://jubao.nifa.org.cn/ipnifa/index.html', fits: ['any'], confidence: 'M', answerDue: { workingDays: 15, stated: true },
    source: 'FACTS.md §3, §7',
    note: { zh: '任何网络借贷平台。需实名、身份证号、联系方式、公司全称、事实和证据附件（每个不超过 2 MB）；每天只能举报几次；约 15 个工作日答复。', en: 'Any online lender. Real name, ID number, contact, the company’s full name, facts and attachments (≤ 2 MB each); a few reports a day; answer in about 15 working days.' },
  },
  {
    id: 'heimao', name: { zh: '黑猫投诉', en: 'Heimao complaints (Sina)' }, medium: ['web'], url: 'https://tousu.sina.com.cn/',
    fits: ['any'], confidence: 'M', answerDue: FOLLOW_UP, source: 'FACTS.md §3, §7',
    note: { zh: '媒体平台，不是监管部门：公开施压。需填投诉对象、投诉问题、投诉要求、涉诉金额、标题、详情和图片。', en: 'A media platform, not a regulator: public pressure. Company, problem, demand, amount, title, details, images.' },
  },
  {
    id: 'police', name: { zh: '110 / 当地派出所', en: '110 / local police' }, medium: ['hotline', 'in_person'], phone: '110',
    fits: ['any'], confidence: 'H', answerDue: FOLLOW_UP, source: 'FACTS.md §3',
    note: { zh: '威胁人身安全、P图侮辱、冒充公检法、散布个人隐私、无牌放贷：带上打印的报案材料去派出所。', en: 'Threats to safety, doctored-photo insults, impersonating police or courts, spreading private information, unlicensed lenders: take the printed report to the police station.' },
  },
  {
    id: '12315', name: { zh: '12315 市场监管投诉', en: '12315 market regulator' }, medium: ['web', 'hotline'], url: 'https://www.12315.cn/',
    phone: '12315', fits: ['any'], confidence: 'L', answerDue: FOLLOW_UP, source: 'FACTS.md §3, §7',
    note: { zh: '对金融纠纷作用有限，可作补充。网页禁止粘贴，安宁直接填入。', en: 'A weak fit for financial disputes; a supplement at most. The page blocks paste; Anning fills it directly.' },
  },
  {
    id: 'xinfang', name: { zh: '国家信访局网上信访', en: 'National Public Complaints Administration' }, medium: ['web'],
    url: 'https://wsxf.gjxfj.gov.cn/', fits: ['any'], confidence: 'L', answerDue: FOLLOW_UP, source: 'FACTS.md §3',
    note: { zh: '有关部门不处理时再逐级反映；需要登录。', en: 'Escalation when an agency does not act; login required.' },
  },
  {
    id: '12368', name: { zh: '12368 法院诉讼服务热线', en: '12368 court service line' }, medium: ['hotline'], phone: '12368',
    fits: ['any'], confidence: 'M', answerDue: FOLLOW_UP, source: 'FACTS.md §3, §4',
    note: { zh: '收到“已立案”“传票”之类短信时，打 12368 核实是否真有其案。', en: 'When a message claims a case was filed or a summons issued, call 12368 to check whether it is real.' },
  },
];

const BY_ID = new Map(CHANNELS.map((c) => [c.id, c]));

export function channelById(id: string): Channel | undefined {
  return BY_ID.get(id as ChannelId);
}

export const LENDER_KINDS: readonly LenderKind[] = ['bank', 'consumer_finance', 'microloan', 'unlicensed', 'unknown'];

export const LENDER_KIND_NAMES: Record<LenderKind, { zh: string; en: string }> = {
  bank: { zh: '银行（信用卡、银行网贷）', en: 'Bank (card, bank online loan)' },
  consumer_finance: { zh: '持牌消费金融公司', en: 'Licensed consumer-finance company' },
  microloan: { zh: '网络小贷公司', en: 'Online micro-lender' },
  unlicensed: { zh: '无牌照 / 非法平台', en: 'Unlicensed / illegal platform' },
  unknown: { zh: '不清楚', en: 'Not sure' },
};

/** The violation ids the classifier reports (issue #5), plus `frequency` from the analysis. */
export type ViolationId = 'third_party' | 'contact_list' | 'threat' | 'insult' | 'false_legal' | 'odd_hours' | 'frequency';

export interface ChannelAdvice {
  channel: Channel;
  /** `primary`: do this; `also`: worth doing too; `weak`: possible, little effect expected. */
  fit: 'primary' | 'also' | 'weak';
  reason: { zh: string; en: string };
}

export interface AdviceInput {
  kind: LenderKind;
  /** Violations found in the case's evidence, with how many records show each. */
  violations: Partial<Record<ViolationId, number>>;
  /** Whether the case has messages and/or calls. */
  hasMessages: boolean;
  hasCalls: boolean;
}

/**
 * Channels for one case, in the order to try them. Lender first (FACTS §3), then the regulator for the
 * lender's kind, then 12321 for calls/SMS, NIFA and 黑猫 for online lenders, the police when the
 * evidence shows what FACTS lists for 110, 12368 for fake legal threats, and the weak/escalation ones.
 */
export function adviseChannels(input: AdviceInput): ChannelAdvice[] {
  const v = input.violations;
  const has = (id: ViolationId) => (v[id] ?? 0) > 0;
  const out: ChannelAdvice[] = [];
  const add = (id: ChannelId, fit: ChannelAdvice['fit'], zh: string, en: string) => {
    const channel = BY_ID.get(id)!;
    if (!out.some((a) => a.channel.id === id)) out.push({ channel, fit, reason: { zh, en } });
  };
  const licensed = input.kind === 'bank' || input.kind === 'consumer_finance' || input.kind === 'microloan';

  if (input.kind !== 'unlicensed') {
    add('lender', 'primary', '先向平台客服投诉并要求书面答复，监管部门通常先看这一步。', 'Complain to the lender first and ask for a written answer; regulators usually look for this step.');
  }
  if (input.kind === 'bank' || input.kind === 'consumer_finance') {
    add('12378', 'primary', '银行和持牌消费金融公司归金融监管总局管，拨打 12378。', 'Banks and licensed consumer-finance companies are supervised by NFRA: call 12378.');
  }
  if (input.kind === 'microloan') {
    add('local_finance', 'primary', '网络小贷公司归注册地的地方金融管理局管，也可拨 12345。', 'Online micro-lenders are supervised by the provincial financial regulator where they are registered; 12345 also takes it.');
  }
  if (input.kind === 'unknown') {
    add('12378', 'also', '不清楚平台类型时：若放款方是银行或消费金融公司，打 12378；若是小贷公司，找地方金融管理局。', 'If unsure: call 12378 if the money came from a bank or consumer-finance company; the provincial regulator if from a micro-lender.');
    add('local_finance', 'also', '若放款方是网络小贷公司，向其注册地的地方金融管理局反映。', 'If the money came from an online micro-lender, go to the provincial regulator where it is registered.');
  }
  if (input.hasMessages || input.hasCalls) {
    add('12321', 'primary', '骚扰电话和短信都可向 12321 举报，短信照原文提交。', 'Report harassing calls and SMS to 12321, SMS verbatim.');
  }
  const police = has('threat') || has('false_legal') || has('contact_list') || input.kind === 'unlicensed';
  if (police) {
    const what = [
      has('threat') ? '威胁' : '', has('false_legal') ? '冒充公检法或虚假法律后果' : '', has('contact_list') ? '散布隐私、爆通讯录' : '',
      input.kind === 'unlicensed' ? '无牌放贷' : '',
    ].filter(Boolean).join('、');
    const whatEn = [
      has('threat') ? 'threats' : '', has('false_legal') ? 'fake legal threats or impersonation' : '', has('contact_list') ? 'exposure to contacts' : '',
      input.kind === 'unlicensed' ? 'unlicensed lending' : '',
    ].filter(Boolean).join(', ');
    add('police', 'primary', `证据中有${what}：可打 110 或到派出所报案。`, `The evidence shows ${whatEn}: call 110 or report at the police station.`);
  }
  add('nifa', licensed || input.kind === 'unknown' || input.kind === 'unlicensed' ? 'also' : 'weak',
    '中国互联网金融协会受理对任何网络借贷平台的举报，约 15 个工作日答复。', 'NIFA takes reports about any online lender; answer in about 15 working days.');
  add('heimao', 'also', '黑猫投诉是媒体平台，公开投诉能给平台压力，但不是监管部门。', 'Heimao is a media platform: public pressure, not a regulator.');
  if (has('false_legal')) {
    add('12368', 'also', '对方说“已立案”“传票”时，打 12368 核实；不是 12368 发来的也不一定是假的，以核实为准。', 'When told a case was filed, call 12368 to check; a message from another number is not proof it is fake.');
  }
  if (input.kind === 'unlicensed') {
    add('lender', 'weak', '无牌平台不受监管，与其客服沟通往往无效，注意保护自己，不要再借新还旧。', 'Unlicensed platforms answer to no regulator; talking to them rarely helps. Do not borrow again to repay.');
  }
  add('12363', has('false_legal') ? 'also' : 'weak', '征信问题（如被威胁“上征信”）可拨 12363 咨询人民银行。', 'Credit-report questions (e.g. threats about your credit record): call 12363.');
  add('12300', 'weak', '向 12321 举报后运营商不处理，可找 12300。', 'If the carrier does not act on a 12321 report, go to 12300.');
  add('12315', 'weak', '12315 对金融纠纷作用有限。', '12315 helps little with financial disputes.');
  add('xinfang', 'weak', '有关部门不处理时再向国家信访局反映。', 'Escalate to the national complaints office when an agency does not act.');
  return out;
}

/** UTC ms when an answer is due after submitting at `from`, or undefined when the channel states none. */
export function answerDueAt(channel: Channel, from: number): number {
  const due = channel.answerDue;
  if (due.workingDays) return addWorkingDays(from, due.workingDays);
  return from + (due.days ?? 7) * 86_400_000;
}

const BEIJING = 8 * 3_600_000;

/** Adds Beijing working days (Mon–Fri). Public holidays and make-up working days are not modelled. */
export function addWorkingDays(from: number, n: number): number {
  let at = from;
  let left = n;
  while (left > 0) {
    at += 86_400_000;
    const wd = new Date(at + BEIJING).getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return at;
}
