// The scanner behind findPhones and parsePhone. It runs over whole pages in the content script, so
// it is a hand-written loop (uBlock-style hot path): skip everything that is not a digit, read the
// "run" of digit groups around a digit (groups joined by short stretches of spaces, dashes, dots
// or brackets), mark the groups that belong to something else (dates, decimals, amounts, card
// numbers, identifiers), and only then classify group sequences, longest first. Nothing is split
// inside a group, so a number never matches inside a longer digit run.
import {
  SEP_BRACKET,
  SEP_DOT,
  SEP_HYPHEN,
  SEP_SPACE,
  isAsciiLetter,
  isCloseBracket,
  isDigitCode,
  isOpenBracket,
  isPlusCode,
  normalizeDigits,
  separatorKind,
} from './chars';
import { classifyDigits, displayOf, type ClassifiedPhone, type ParsedPhone, type PhoneKind } from './classify';

export interface PhoneMatch {
  /** `text.slice(start, end)` is the number as written (with its `+`, prefix and separators). */
  start: number;
  end: number;
  key: string;
  kind: PhoneKind;
}

// A run is a handful of groups; longer ones (tables of numbers) are cut and the rest read as a new run.
const MAX_GROUPS = 32;
// No number is written with more digits than this (a 106 port of 20, E.164 + "00" of 17).
const MAX_DIGITS = 20;
// Groups one number may be written in ("+86 (0) 20 8765 43 21" is 6); bounds the longest-first search.
const MAX_GROUPS_PER_NUMBER = 7;

const DECOY = 1; // part of a date, decimal, amount, card or identifier: never part of a number
const UNKNOWN = 2; // digits that are no number: the short codes beside them are doubtful

// Reused between runs: the scanner allocates nothing for text without numbers.
const gStart = new Int32Array(MAX_GROUPS);
const gEnd = new Int32Array(MAX_GROUPS);
const gJoin = new Int32Array(MAX_GROUPS); // separator kinds before group k (0 for the first)
const gFlag = new Uint8Array(MAX_GROUPS);
let gCount = 0;
let runWide = false; // the run has full-width digits, so its digits need normalising
let plusAt = -1; // index of a `+` written before the first group, or -1

/** Read the run whose first digit is at `i` (not preceded by a digit); returns where it ends. */
function readRun(text: string, i: number, limit: number): number {
  gCount = 0;
  runWide = false;
  plusAt = i > 0 && isPlusCode(text.charCodeAt(i - 1)) && !(i > 1 && isDigitCode(text.charCodeAt(i - 2)))
    ? i - 1
    : -1;
  let pos = i;
  for (;;) {
    const s = pos;
    while (pos < limit) {
      const c = text.charCodeAt(pos);
      if (c >= 0x30 && c <= 0x39) pos++;
      else if (c >= 0xff10 && c <= 0xff19) {
        runWide = true;
        pos++;
      } else break;
    }
    gStart[gCount] = s;
    gEnd[gCount] = pos;
    gFlag[gCount] = 0;
    gCount++;
    if (gCount === MAX_GROUPS) return pos;
    // A stretch of at most 3 separator characters with at most one dash or dot, then a digit.
    let j = pos;
    let kinds = 0;
    let marks = 0;
    while (j < limit && j - pos < 3) {
      const k = separatorKind(text.charCodeAt(j));
      if (k === 0) break;
      if (k === SEP_HYPHEN || k === SEP_DOT) marks++;
      kinds |= k;
      j++;
    }
    if (j === pos || j >= limit || marks > 1 || !isDigitCode(text.charCodeAt(j))) return pos;
    gJoin[gCount] = kinds;
    pos = j;
  }
}

function groupLength(k: number): number {
  return gEnd[k] - gStart[k];
}

function groupDigits(text: string, k: number): string {
  const s = text.slice(gStart[k], gEnd[k]);
  return runWide ? normalizeDigits(s) : s;
}

/** Groups that cannot be a number's digits whatever their neighbours: decimals, dates, cards. */
function markStructuralDecoys(text: string): void {
  for (let k = 1; k < gCount; k++) {
    // "3.1415926", "139.00", "2025.06.19": a dot between short groups is a decimal point.
    if (gJoin[k] & SEP_DOT && (groupLength(k - 1) < 3 || groupLength(k) < 3 || gFlag[k - 1] & DECOY)) {
      gFlag[k - 1] |= DECOY;
      gFlag[k] |= DECOY;
    }
  }
  for (let k = gCount - 1; k > 0; k--) {
    if (gJoin[k] & SEP_DOT && gFlag[k] & DECOY) gFlag[k - 1] |= DECOY;
  }
  for (let k = 0; k + 1 < gCount; k++) {
    // 2025-06-19, 2025.6.19, 2025-06: a year, then one or two 1–2 digit parts with the same mark.
    const join = gJoin[k + 1];
    if (groupLength(k) !== 4 || !(join === SEP_HYPHEN || join === SEP_DOT)) continue;
    if (groupLength(k + 1) > 2) continue;
    const c0 = text.charCodeAt(gStart[k]);
    const c1 = text.charCodeAt(gStart[k] + 1);
    const year = (c0 === 0x31 && c1 === 0x39) || (c0 === 0x32 && c1 === 0x30); // 19xx, 20xx
    if (!year) continue;
    gFlag[k] |= DECOY;
    gFlag[k + 1] |= DECOY;
    if (k + 2 < gCount && gJoin[k + 2] === join && groupLength(k + 2) <= 2) gFlag[k + 2] |= DECOY;
  }
  // Bank cards are written in fours: 6222 0212 3456 7890 [123]. Four such groups are no phone.
  let fours = 0;
  for (let k = 0; k <= gCount; k++) {
    const four =
      k < gCount && groupLength(k) === 4 && (fours === 0 || (gJoin[k] & (SEP_DOT | SEP_BRACKET)) === 0);
    if (four) {
      fours++;
      continue;
    }
    if (fours >= 4) {
      for (let m = k - fours; m < k; m++) gFlag[m] |= DECOY;
      if (k < gCount && groupLength(k) <= 4) gFlag[k] |= DECOY; // the 19-digit card's last 3
    }
    fours = k < gCount && groupLength(k) === 4 ? 1 : 0;
  }
}

// Words written straight before a number that still mean "this is a phone number".
const LETTER_LABELS = new Set([
  'tel', 'phone', 'mobile', 'mob', 'cell', 'call', 'fax', 'hotline', 'sms',
  'whatsapp', 'wechat', 'weixin', 'wx', 'vx', 'v',
]);

function letterLabelBefore(text: string, p: number): boolean {
  let q = p;
  while (q >= 0 && p - q < 12 && isAsciiLetter(text.charCodeAt(q))) q--;
  return LETTER_LABELS.has(text.slice(q + 1, p + 1).toLowerCase());
}

/** Character codes of `chars`: sets are tested with charCodeAt, which allocates no string. */
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));

// Money and percentages: what follows digits that are an amount.
const AMOUNT_AFTER = codes('元块圆角万亿%％');
const AMOUNT_BEFORE = codes('¥￥$＄');

/** What sits right outside the run can make its first or last group part of something else. */
function markBoundaryDecoys(text: string): void {
  // Left of the first group (past a `+` and an opening bracket).
  let p = (plusAt >= 0 ? plusAt : gStart[0]) - 1;
  if (p >= 0 && isOpenBracket(text.charCodeAt(p))) p--;
  if (p >= 0) {
    const c = text.charCodeAt(p);
    const beforeIsDigit = p > 0 && isDigitCode(text.charCodeAt(p - 1));
    if (
      (isAsciiLetter(c) && !letterLabelBefore(text, p)) || // SN13900001234, ID…X
      (beforeIsDigit && (c === 0x2e || c === 0x3a)) || // 3.14, 08:30
      (beforeIsDigit && c === 0x2f && groupLength(0) <= 4) || // 2025/06/19, 120/80 (not 139…/139…)
      (beforeIsDigit && c === 0x2c && groupLength(0) === 3) || // 1,045
      c === 0x2a || // 138****1234
      AMOUNT_BEFORE.has(c)
    ) {
      gFlag[0] |= DECOY;
    }
  }
  // Right of the last group.
  const last = gCount - 1;
  const e = gEnd[last];
  if (e < text.length) {
    const c = text.charCodeAt(e);
    const afterIsDigit = e + 1 < text.length && isDigitCode(text.charCodeAt(e + 1));
    if (
      isAsciiLetter(c) ||
      (afterIsDigit && (c === 0x2e || c === 0x3a)) ||
      (afterIsDigit && c === 0x2f && groupLength(last) <= 4) ||
      (afterIsDigit && c === 0x2c && thousandsGroupAt(text, e + 1)) ||
      c === 0x2a ||
      AMOUNT_AFTER.has(c)
    ) {
      gFlag[last] |= DECOY;
    }
  }
}

/** Exactly three digits at `i` and no fourth: the tail of "1,045". */
function thousandsGroupAt(text: string, i: number): boolean {
  return (
    i + 3 <= text.length &&
    isDigitCode(text.charCodeAt(i)) &&
    isDigitCode(text.charCodeAt(i + 1)) &&
    isDigitCode(text.charCodeAt(i + 2)) &&
    !(i + 3 < text.length && isDigitCode(text.charCodeAt(i + 3)))
  );
}

/**
 * Short codes, 95xxx/96xxx and 106 ports are bare digit strings that also occur as amounts, counts
 * and codes, so they need a clean context: written alone, not labelled as something else, not
 * followed by a unit.
 */
function isCodeLike(r: ClassifiedPhone): boolean {
  return r.kind === 'short' || r.kind === 'sms_port' || (r.kind === 'service' && r.key.length <= 6);
}

// One character before a code that makes it an amount, count, rank or identifier.
const CODE_REJECT_BEFORE = codes('第共约计款金额费息价欠借还付收满减超达余#№¥￥$＄');
// Units after a code: 110元, 12345人, 10086条, 96110次.
const CODE_REJECT_AFTER = codes(
  '元块圆角万亿千百人个次天年月日号分秒时点斤克米岁条笔期倍份张页位名家项件台辆楼室栋层路届周多余度%％',
);
const HAO = 0x53f7; // 号
const MA = 0x7801; // 码

function isLabelSpace(c: number): boolean {
  return c === 0x20 || c === 0x3a || c === 0xff1a || c === 0x3000 || c === 0xa0;
}

function codeContextAllows(text: string, start: number, end: number): boolean {
  let p = start - 1;
  while (p >= 0 && start - p <= 3 && isLabelSpace(text.charCodeAt(p))) p--;
  if (p >= 0) {
    const c = text.charCodeAt(p);
    if (CODE_REJECT_BEFORE.has(c)) return false;
    // 编号, 单号, 工号 … and 验证码, 密码 …; but 号码 ("phone number") is the label of a phone.
    if (c === HAO) return false;
    if (c === MA && !(p > 0 && text.charCodeAt(p - 1) === HAO)) return false;
  }
  let q = end;
  if (q < text.length && text.charCodeAt(q) === 0x20) q++;
  return !(q < text.length && CODE_REJECT_AFTER.has(text.charCodeAt(q)));
}

/** A 106 port written in groups: a short 106x(x) head and groups of at most four digits. */
function groupedPort(first: number, last: number): boolean {
  if (groupLength(first) > 5) return false;
  for (let k = first + 1; k <= last; k++) if (groupLength(k) > 4) return false;
  return true;
}

// Found numbers of the current run, before the neighbour check.
const segFirst = new Int32Array(MAX_GROUPS);
const segLast = new Int32Array(MAX_GROUPS);
const segResult: ClassifiedPhone[] = [];
const cumulative = new Int32Array(MAX_GROUPS_PER_NUMBER + 1);

function spanStart(text: string, first: number, last: number): number {
  let s = first === 0 && plusAt >= 0 ? plusAt : gStart[first];
  // "(020) 8765 4321", "(+86) 139…": keep the opening bracket of a bracketed prefix.
  if (
    last > first &&
    s > 0 &&
    isOpenBracket(text.charCodeAt(s - 1)) &&
    gEnd[first] < text.length &&
    isCloseBracket(text.charCodeAt(gEnd[first]))
  ) {
    s--;
  }
  return s;
}

function scanRun(text: string, out: PhoneMatch[]): void {
  markBoundaryDecoys(text);
  if (gCount > 1) markStructuralDecoys(text);
  let segCount = 0;
  let i = 0;
  while (i < gCount) {
    if (gFlag[i] & DECOY) {
      i++;
      continue;
    }
    // Extend over the groups that may belong to the same number.
    let maxK = i;
    let total = groupLength(i);
    cumulative[0] = total;
    while (
      maxK + 1 < gCount &&
      maxK + 1 - i < MAX_GROUPS_PER_NUMBER &&
      !(gFlag[maxK + 1] & DECOY) &&
      total + groupLength(maxK + 1) <= MAX_DIGITS
    ) {
      maxK++;
      total += groupLength(maxK);
      cumulative[maxK - i] = total;
    }
    let found = -1;
    if (total >= 3 && groupLength(i) <= MAX_DIGITS) {
      let digits = groupDigits(text, i);
      for (let k = i + 1; k <= maxK; k++) digits += groupDigits(text, k);
      const plus = i === 0 && plusAt >= 0;
      for (let k = maxK; k >= i; k--) {
        const n = cumulative[k - i];
        if (n < 3) break;
        const d = n === digits.length ? digits : digits.slice(0, n);
        // "00852 1234 5678": an IDD prefix for other countries only when written as its own group.
        const first = groupLength(i);
        const allowIdd = k > i && first >= 3 && first <= 5;
        const r = classifyDigits(d, { plus, allowIdd });
        if (!r) continue;
        if (isCodeLike(r)) {
          if (plus) continue;
          // Codes stand alone; a 106 port may be grouped as "1069 0000 1234 56", never glued to a
          // whole number ("10690000123456 95588" is a port and a service number).
          if (k !== i && !(r.kind === 'sms_port' && groupedPort(i, k))) continue;
          if (!codeContextAllows(text, gStart[i], gEnd[k])) continue;
        }
        segFirst[segCount] = i;
        segLast[segCount] = k;
        segResult[segCount] = r;
        segCount++;
        found = k;
        break;
      }
    }
    if (found >= 0) {
      i = found + 1;
    } else {
      gFlag[i] |= UNKNOWN;
      i++;
    }
  }
  for (let s = 0; s < segCount; s++) {
    const first = segFirst[s];
    const last = segLast[s];
    const r = segResult[s];
    // "139 0000 12345": the 12345 is the tail of a longer number, not the 12345 hotline.
    if (
      isCodeLike(r) &&
      ((first > 0 && gFlag[first - 1] & UNKNOWN) || (last + 1 < gCount && gFlag[last + 1] & UNKNOWN))
    ) {
      continue;
    }
    out.push({ start: spanStart(text, first, last), end: gEnd[last], key: r.key, kind: r.kind });
  }
}

/** Every phone number written in `text`, in order, with exact offsets. */
export function findPhones(text: string): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    // Most characters on a Chinese page are ideographs: one comparison each sends them on.
    if (c > 0x39 ? c < 0xff10 || c > 0xff19 : c < 0x30) {
      i++;
      continue;
    }
    i = readRun(text, i, len);
    // A lone group of 1, 2 or 4 digits (day, month, year, PIN tail) can be no number at all.
    if (gCount === 1 && plusAt < 0) {
      const n = gEnd[0] - gStart[0];
      if (n < 3 || n === 4) continue;
    }
    scanRun(text, out);
  }
  return out;
}

/**
 * Parse a string that is meant to be one phone number (a form field, an import column, a key).
 * Same tokenizer and classifier as findPhones, without the page-context rules.
 */
export function parseWritten(raw: string): ParsedPhone | null {
  let s = raw.trim();
  if (s.length === 0 || s.length > 64) return null;
  if (/^tel:/i.test(s)) s = s.slice(4).trim();
  let p = 0;
  if (p < s.length && isOpenBracket(s.charCodeAt(p))) p++;
  const plus = p < s.length && isPlusCode(s.charCodeAt(p));
  if (plus) p++;
  // "+ 86 …" and "( 020 )" with inner spaces: skip spaces before the first digit.
  while (p < s.length && separatorKind(s.charCodeAt(p)) === SEP_SPACE) p++;
  if (p >= s.length || !isDigitCode(s.charCodeAt(p))) return null;
  const end = readRun(s, p, s.length);
  if (end !== s.length || gCount === MAX_GROUPS) return null;
  if (gCount > 1) {
    markStructuralDecoys(s);
    for (let k = 0; k < gCount; k++) if (gFlag[k] & DECOY) return null;
  }
  let digits = '';
  for (let k = 0; k < gCount; k++) digits += groupDigits(s, k);
  const r = classifyDigits(digits, { plus, allowIdd: true });
  return r && { key: r.key, kind: r.kind, display: displayOf(r) };
}
