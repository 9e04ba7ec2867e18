/**
 * Times as pages show them → UTC ms, read as Beijing wall-clock time relative to the capture moment.
 * `22:14`, `昨天 22:14`, `周三 08:05`, `2025年6月19日 下午10:14`, `6月19日`, `Jun 19, 2025 10:14 PM`,
 * `Yesterday 10:14 PM`, `2025-06-19 22:14:05`, `2025/6/19 22:14` … A time with no date is today's,
 * a weekday is the latest such day not after the capture, a month-day with no year is the latest such
 * date not after the capture. The caller keeps the raw text alongside.
 */
import { beijingMidnight, beijingWeekday, fromBeijing } from '../i18n/time';
import type { TimePrecision } from '../evidence/types';

export interface PageTime {
  at: number;
  precision: TimePrecision;
}

const DAY = 86_400_000;
const BEIJING_OFFSET = 8 * 3_600_000;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const ZH_WEEKDAY: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const EN_WEEKDAY: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

function beijingYMD(at: number) {
  const d = new Date(at + BEIJING_OFFSET);
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

function toFullWidthFree(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000|\u00a0|\u202f/g, ' ')
    .trim();
}

interface Clock {
  h: number;
  mi: number;
  s?: number;
}

/** Reads the clock part: `22:14`, `22:14:05`, `下午10:14`, `晚上 10:14`, `10:14 PM`, `10:14pm`. */
function readClock(text: string): { clock: Clock; rest: string } | null {
  const m = /(上午|早上|凌晨|中午|下午|晚上|傍晚|AM|PM)?\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?\s*(AM|PM|a\.m\.|p\.m\.)?/i.exec(text);
  if (!m) return null;
  let h = Number(m[2]);
  const mi = Number(m[3]);
  const s = m[4] === undefined ? undefined : Number(m[4]);
  const marker = (m[1] ?? m[5] ?? '').toLowerCase().replace(/\./g, '');
  if (['下午', '晚上', '傍晚', 'pm'].includes(marker) && h < 12) h += 12;
  if (['上午', '早上', '凌晨', 'am'].includes(marker) && h === 12) h = 0;
  if (marker === '中午' && h < 11) h += 12;
  if (h > 23 || mi > 59 || (s !== undefined && s > 59)) return null;
  return { clock: { h, mi, s }, rest: text.slice(0, m.index) + text.slice(m.index + m[0].length) };
}

function latestNotAfter(y: number, mo: number, d: number, ref: number): { y: number; mo: number; d: number } {
  const today = beijingYMD(ref);
  const candidate = fromBeijing(y, mo, d);
  return candidate > fromBeijing(today.y, today.mo, today.d) ? { y: y - 1, mo, d } : { y, mo, d };
}

function validDate(y: number, mo: number, d: number): boolean {
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && y >= 2000 && y < 2100;
}

/** Returns null when the text holds no recognisable time. */
export function parsePageTime(raw: string, capturedAt: number): PageTime | null {
  const text = toFullWidthFree(raw);
  if (!text) return null;
  const clockPart = readClock(text);
  const rest = (clockPart?.rest ?? text).trim();
  const clock = clockPart?.clock;
  const precision: TimePrecision = clock ? (clock.s !== undefined ? 's' : 'min') : 'day';
  const at = (y: number, mo: number, d: number) =>
    validDate(y, mo, d) ? fromBeijing(y, mo, d, clock?.h ?? 0, clock?.mi ?? 0, clock?.s ?? 0) : null;
  const wrap = (v: number | null): PageTime | null => (v === null ? null : { at: v, precision });
  const today = beijingYMD(capturedAt);

  // Full numeric dates: 2025-06-19, 2025/6/19, 2025.06.19, 2025年6月19日
  let m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/.exec(rest);
  if (m) return wrap(at(Number(m[1]), Number(m[2]), Number(m[3])));
  // Month-day with no year: 6月19日, 06-19, 6/19
  m = /(?:^|\D)(\d{1,2})\s*(?:月|[-/])\s*(\d{1,2})\s*日?(?:\D|$)/.exec(rest);
  if (m) {
    const mo = Number(m[1]);
    const d = Number(m[2]);
    if (!validDate(today.y, mo, d) && !(mo === 2 && d === 29)) return null;
    const ymd = latestNotAfter(today.y, mo, d, capturedAt);
    return wrap(at(ymd.y, ymd.mo, ymd.d));
  }
  // English: Jun 19, 2025 / June 19 / 19 Jun 2025
  const monthOf = (word: string) => MONTHS[word.slice(0, 4).toLowerCase()] ?? MONTHS[word.slice(0, 3).toLowerCase()];
  let en: { mo: number; d: number; y?: number } | null = null;
  const mdy = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,?\s*(\d{4}))?/.exec(rest);
  const dmy = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?(?:\s+(\d{4}))?/.exec(rest);
  if (mdy && monthOf(mdy[1]!)) en = { mo: monthOf(mdy[1]!)!, d: Number(mdy[2]), y: mdy[3] ? Number(mdy[3]) : undefined };
  else if (dmy && monthOf(dmy[2]!)) en = { mo: monthOf(dmy[2]!)!, d: Number(dmy[1]), y: dmy[3] ? Number(dmy[3]) : undefined };
  if (en) {
    if (en.y !== undefined) return wrap(at(en.y, en.mo, en.d));
    const ymd = latestNotAfter(today.y, en.mo, en.d, capturedAt);
    return wrap(at(ymd.y, ymd.mo, ymd.d));
  }
  // Relative days
  const dayOffset = /前天/.test(rest) ? 2 : /昨天|昨日|yesterday/i.test(rest) ? 1 : /今天|今日|today/i.test(rest) ? 0 : undefined;
  if (dayOffset !== undefined) {
    const base = beijingYMD(beijingMidnight(capturedAt) - dayOffset * DAY);
    return wrap(at(base.y, base.mo, base.d));
  }
  // Weekdays: 周三, 星期三, 礼拜三, Wed, Wednesday
  const zh = /(?:周|星期|礼拜)([日天一二三四五六])/.exec(rest);
  const enW = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?\b/i.exec(rest);
  const weekday = zh ? ZH_WEEKDAY[zh[1]!] : enW ? EN_WEEKDAY[enW[1]!.toLowerCase()] : undefined;
  if (weekday !== undefined) {
    const back = (beijingWeekday(capturedAt) - weekday + 7) % 7;
    const base = beijingYMD(beijingMidnight(capturedAt) - back * DAY);
    return wrap(at(base.y, base.mo, base.d));
  }
  // Clock only: today; a clock later than the capture moment can only be from yesterday's list.
  if (clock && !/\d/.test(rest)) {
    const v = at(today.y, today.mo, today.d);
    if (v === null) return null;
    return wrap(v > capturedAt + 60_000 ? v - DAY : v);
  }
  return null;
}
