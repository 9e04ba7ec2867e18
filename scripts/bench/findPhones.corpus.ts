// Deterministic Chinese text with planted phone numbers and digit decoys, for the findPhones
// benchmark and for the scanner's corpus test. The ground truth is built by construction (each
// planted number carries the key it was made from), and every Chinese mobile/landline/hotline and
// foreign number is checked with libphonenumber-js (max metadata) so that nothing invalid is planted.
// It never calls the engine under test.
import { PhoneNumber, isValidPhoneNumber, type CountryCode, type E164Number } from 'libphonenumber-js/core';
import maxMetadata from 'libphonenumber-js/metadata.max.json';

export interface Planted {
  start: number;
  end: number;
  key: string;
  kind: string;
}

export interface Corpus {
  text: string;
  planted: Planted[];
  decoys: Array<{ start: number; end: number; what: string }>;
}

import { prng } from '../lib/prng.mjs';

export { prng };

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const digits = (r: Rand, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(r() * 10));
  return s;
};
const fullWidth = (s: string) =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x30 + 0xff10)).replace(/-/g, '－');

function cnValid(national: string, type: string): boolean {
  return new PhoneNumber(`+86${national}` as E164Number, maxMetadata).getType() === type;
}

/** Draw until `make` gives a value; a generator that never succeeds is a bug, not a slow run. */
function until<T>(make: () => T | undefined): T {
  for (let i = 0; i < 10_000; i++) {
    const v = make();
    if (v !== undefined) return v;
  }
  throw new Error('corpus generator could not draw a valid number');
}

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151',
  '152', '153', '155', '156', '157', '158', '159', '166', '172', '173', '175', '176', '177', '178',
  '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '192', '193',
  '195', '196', '197', '198', '199',
];
const VIRTUAL_PREFIXES = ['162', '165', '167', '170', '171'];
const AREA_CODES = [
  '10', '20', '21', '22', '23', '24', '25', '27', '28', '29', '311', '351', '371', '411', '431', '451',
  '471', '512', '510', '531', '532', '551', '571', '574', '577', '591', '592', '731', '755', '756',
  '757', '760', '769', '771', '851', '871', '891', '898', '931', '951', '991',
];
const SHORT_CODES = [
  '110', '119', '120', '122', '10086', '10010', '10000', '12315', '12321', '12345', '12368', '12378',
  '12381', '12306',
];

interface Made {
  written: string;
  key: string;
  kind: string;
}

function mobileNational(r: Rand, prefixes: readonly string[]): string {
  return until(() => {
    const n = pick(r, prefixes) + digits(r, 8);
    return cnValid(n, 'MOBILE') ? n : undefined;
  });
}

function writeMobile(r: Rand, n: string): string {
  const sp = `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`;
  const hy = `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`;
  switch (int(r, 0, 13)) {
    case 0: case 1: case 2: case 3: return n;
    case 4: return sp;
    case 5: return hy;
    case 6: return `+86 ${n}`;
    case 7: return `+86 ${sp}`;
    case 8: return `+86-${hy}`;
    case 9: return `86 ${n}`;
    case 10: return `0086 ${n}`;
    case 11: return `(+86) ${sp}`;
    case 12: return fullWidth(n);
    default: return `+86${n}`;
  }
}

function makeMobile(r: Rand): Made {
  const n = mobileNational(r, MOBILE_PREFIXES);
  return { written: writeMobile(r, n), key: `+86${n}`, kind: 'mobile' };
}

function makeVirtual(r: Rand): Made {
  const n = mobileNational(r, VIRTUAL_PREFIXES);
  return { written: writeMobile(r, n), key: `+86${n}`, kind: 'virtual' };
}

function makeLandline(r: Rand): Made {
  return until(() => {
    const area = pick(r, AREA_CODES);
    const sub = String(int(r, 2, 8)) + digits(r, area.length === 2 || r() < 0.8 ? 7 : 6);
    const n = area + sub;
    if (!cnValid(n, 'FIXED_LINE')) return undefined;
    const a = `0${area}`;
    const grouped = sub.length === 8 ? `${sub.slice(0, 4)} ${sub.slice(4)}` : sub;
    const written = [
      `${a}-${sub}`, `${a}-${sub}`, `${a} ${sub}`, `(${a}) ${grouped}`, `（${a}）${sub}`,
      `${a}-${grouped.replace(' ', '-')}`, `+86 ${area} ${grouped}`, `+86-${area}-${sub}`, `${a}${sub}`,
      `${a}－${sub}`,
    ][int(r, 0, 9)];
    return { written, key: `+86${n}`, kind: 'landline' };
  });
}

function makeHotline(r: Rand): Made {
  return until(() => {
    const n = (r() < 0.75 ? '400' : '800') + digits(r, 7);
    if (!(cnValid(n, 'SHARED_COST') || cnValid(n, 'TOLL_FREE'))) return undefined;
    const written = [
      `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
      n, `${n.slice(0, 4)}-${n.slice(4, 7)}-${n.slice(7)}`, `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`,
    ][int(r, 0, 4)];
    return { written, key: n, kind: 'hotline' };
  });
}

function makeService(r: Rand): Made {
  const n = (r() < 0.8 ? '95' : '96') + digits(r, 3);
  return { written: n, key: n, kind: 'service' };
}

function makePort(r: Rand): Made {
  const n = pick(r, ['1069', '10690', '10657', '10655', '10659', '1065502']);
  const full = n + digits(r, int(r, 14, 16) - n.length);
  return { written: full, key: full, kind: 'sms_port' };
}

function makeShort(r: Rand): Made {
  const n = pick(r, SHORT_CODES);
  return { written: n, key: n, kind: 'short' };
}

const INTL_TEMPLATES: Array<[CountryCode, string, (r: Rand) => string]> = [
  ['US', '1', (r) => `${int(r, 2, 9)}${digits(r, 2)}${int(r, 2, 9)}${digits(r, 6)}`],
  ['GB', '44', (r) => `20${int(r, 3, 8)}${digits(r, 7)}`],
  ['HK', '852', (r) => `${pick(r, ['5', '6', '9'])}${digits(r, 7)}`],
  ['JP', '81', (r) => `90${digits(r, 8)}`],
  ['PH', '63', (r) => `9${int(r, 1, 9)}${digits(r, 8)}`],
  ['MY', '60', (r) => `1${int(r, 2, 9)}${digits(r, 7)}`],
];

function makeIntl(r: Rand): Made {
  return until(() => {
    const [country, cc, gen] = pick(r, INTL_TEMPLATES);
    const national = gen(r);
    const e164 = `+${cc}${national}`;
    if (!isValidPhoneNumber(e164, country, maxMetadata)) return undefined;
    const written = [
      e164,
      `+${cc} ${national}`,
      `+${cc} ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`,
      `+${cc}-${national.slice(0, 4)}-${national.slice(4)}`,
    ][int(r, 0, 3)];
    return { written, key: e164, kind: 'intl' };
  });
}

// Weighted like a collection victim's pages: mostly mobiles, then landlines, hotlines, ports …
const MAKERS: Array<[number, (r: Rand) => Made]> = [
  [48, makeMobile], [8, makeVirtual], [16, makeLandline], [8, makeHotline], [7, makeService],
  [5, makePort], [4, makeShort], [4, makeIntl],
];
const MAKER_TOTAL = MAKERS.reduce((s, [w]) => s + w, 0);

function makeNumber(r: Rand): Made {
  let x = r() * MAKER_TOTAL;
  for (const [w, make] of MAKERS) {
    if ((x -= w) < 0) return make(r);
  }
  return makeMobile(r);
}

const year = (r: Rand) => String(int(r, 1990, 2026));
const two = (n: number) => String(n).padStart(2, '0');
const thousands = (n: number) => n.toLocaleString('en-US');

function idNumber(r: Rand): string {
  const area = pick(r, ['110101', '310104', '440301', '510107', '330106', '420102', '370202']);
  const birth = `${int(r, 1960, 2005)}${two(int(r, 1, 12))}${two(int(r, 1, 28))}`;
  return area + birth + digits(r, 3) + (r() < 0.1 ? 'X' : String(int(r, 0, 9)));
}

const DECOYS: Array<[string, (r: Rand) => string]> = [
  ['date', (r) => `${year(r)}-${two(int(r, 1, 12))}-${two(int(r, 1, 28))}`],
  ['date', (r) => `${year(r)}年${int(r, 1, 12)}月${int(r, 1, 28)}日`],
  ['date', (r) => `${year(r)}/${two(int(r, 1, 12))}/${two(int(r, 1, 28))}`],
  ['date', (r) => `${year(r)}.${two(int(r, 1, 12))}.${two(int(r, 1, 28))}`],
  ['datetime', (r) => `${year(r)}-${two(int(r, 1, 12))}-${two(int(r, 1, 28))} ${two(int(r, 0, 23))}:${two(int(r, 0, 59))}:${two(int(r, 0, 59))}`],
  ['time', (r) => `${two(int(r, 0, 23))}:${two(int(r, 0, 59))}`],
  ['amount', (r) => `${thousands(int(r, 1000, 99999))}.${two(int(r, 0, 99))}元`],
  ['amount', (r) => `¥${thousands(int(r, 100, 999999))}`],
  ['amount', (r) => `${int(r, 100, 99999)}元`],
  ['amount', (r) => `${pick(r, ['借款', '本金', '欠款', '还款'])}${int(r, 1000, 99999)}`],
  ['decimal', (r) => `${int(r, 0, 99)}.${digits(r, int(r, 1, 7))}`],
  ['percent', (r) => `${int(r, 1, 99)}.${int(r, 0, 9)}%`],
  ['id', idNumber],
  ['card', (r) => `62${digits(r, 14)}`],
  ['card', (r) => `62${digits(r, 17)}`],
  ['card', (r) => {
    const c = `62${digits(r, 17)}`;
    return `${c.slice(0, 4)} ${c.slice(4, 8)} ${c.slice(8, 12)} ${c.slice(12, 16)} ${c.slice(16)}`;
  }],
  ['card', (r) => {
    const c = `62${digits(r, 14)}`;
    return `${c.slice(0, 4)} ${c.slice(4, 8)} ${c.slice(8, 12)} ${c.slice(12)}`;
  }],
  ['order', (r) => `订单号：${year(r)}${two(int(r, 1, 12))}${two(int(r, 1, 28))}${digits(r, 10)}`],
  ['order', (r) => `DD${year(r)}${digits(r, 10)}`],
  ['order', (r) => `流水号 ${year(r)}0101${pick(r, MOBILE_PREFIXES)}${digits(r, 9)}`],
  ['long', (r) => String(pick(r, [2, 3, 4, 5, 6, 7, 9])) + digits(r, int(r, 11, 24))],
  ['code', (r) => `验证码：${digits(r, int(r, 4, 6))}`],
  ['masked', (r) => `${pick(r, MOBILE_PREFIXES)}****${digits(r, 4)}`],
  ['masked', (r) => `尾号${digits(r, 4)}`],
  ['count', (r) => `第${int(r, 1, 99999)}期`],
];

const FILLER = [
  '您好，您在本平台的借款已经逾期', '请于今日内处理', '否则我们将通知您的紧急联系人', '这是最后一次提醒',
  '如有疑问请联系客服', '我们已经多次联系您未果', '根据合同约定', '逾期费用将继续产生', '请勿拖延',
  '本短信由系统自动发送', '感谢您的配合', '您的家人和同事都会收到通知', '上门核实工作已经安排',
  '今天的天气很好，我们去公园散步', '会议改到下午举行', '快递已放在门口', '小区物业通知停水',
  '学校组织了家长会', '新闻报道了一起诈骗案件', '警方提醒大家提高警惕', '不要轻信陌生来电',
  '保存好聊天记录和通话录音', '可以向监管部门投诉', '律师建议先收集证据', '银行发来了账单提醒',
];
const LABEL_BEFORE = ['请拨打', '联系电话：', '电话', '回电', '手机：', '致电', '客服热线', '号码', '来电 ', '联系人 ', '拨打', '发送至', '（', '【', 'Tel: ', '电话号码：'];
const PUNCT_AFTER = ['。', '，', ' ', '！', '）', '】', '；', '\n', ' 处理', '联系我们'];

export interface CorpusOptions {
  seed?: number;
  numbers?: number;
  decoys?: number;
  /** Approximate UTF-8 size to reach with filler text. */
  bytes?: number;
}

export function generateCorpus(opts: CorpusOptions = {}): Corpus {
  const { seed = 20250619, numbers = 5000, decoys = 2000, bytes = 1_000_000 } = opts;
  const r = prng(seed);
  const items: Array<{ kind: 'number'; made: Made } | { kind: 'decoy'; what: string; text: string }> = [];
  for (let i = 0; i < numbers; i++) items.push({ kind: 'number', made: makeNumber(r) });
  for (let i = 0; i < decoys; i++) {
    const [what, make] = pick(r, DECOYS);
    items.push({ kind: 'decoy', what, text: make(r) });
  }
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  // Filler between items, sized so the whole text is about `bytes` long (ideographs are 3 bytes).
  const itemBytes = items.reduce(
    (s, it) => s + Buffer.byteLength(it.kind === 'number' ? it.made.written : it.text) + 12,
    0,
  );
  const fillerPerItem = Math.max(3, (bytes - itemBytes) / items.length);
  const parts: string[] = [];
  const planted: Planted[] = [];
  const decoyList: Corpus['decoys'] = [];
  let pos = 0;
  const push = (s: string) => {
    parts.push(s);
    pos += s.length;
  };
  for (const it of items) {
    let budget = fillerPerItem * (0.5 + r());
    while (budget > 0) {
      const f = pick(r, FILLER);
      push(f + pick(r, ['，', '。', '']));
      budget -= Buffer.byteLength(f) + 3;
    }
    if (it.kind === 'number') {
      push(pick(r, LABEL_BEFORE));
      planted.push({ start: pos, end: pos + it.made.written.length, key: it.made.key, kind: it.made.kind });
      push(it.made.written);
    } else {
      push(pick(r, ['', '，', ' ', '：']));
      decoyList.push({ start: pos, end: pos + it.text.length, what: it.what });
      push(it.text);
    }
    push(pick(r, PUNCT_AFTER));
  }
  return { text: parts.join(''), planted, decoys: decoyList };
}
