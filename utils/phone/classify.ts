// Turns a clean digit string (as written, separators removed) into a key, kind and display form.
//
// Chinese numbers are validated against libphonenumber's own China metadata (metadata.cn.json,
// `max` patterns: mobile ranges, every area code with its subscriber lengths, 400/800, 950/1010).
// The patterns are read once through `libphonenumber-js/core`'s Metadata class and compiled, because
// the library's per-call parse costs ~6 µs — 30 ms per page of numbers, too slow for the content
// script. tests/unit/phone.test.ts checks that these compiled patterns agree with the library's
// own PhoneNumber.getType(). Own rules cover what the library does not model: 95xxx/96xxx service
// numbers, 106 SMS ports and short codes (110, 10086, 123xx).
import { Metadata, type MetadataJson } from 'libphonenumber-js/core';
import cnMetadataJson from './metadata.cn.json';
import callingCodesJson from './calling-codes.json';

export type PhoneKind =
  | 'mobile'
  | 'virtual'
  | 'landline'
  | 'service'
  | 'hotline'
  | 'sms_port'
  | 'short'
  | 'intl';

export interface ClassifiedPhone {
  /** Canonical form used for matching everywhere (number book, evidence, lists). */
  key: string;
  kind: PhoneKind;
}

export interface ParsedPhone extends ClassifiedPhone {
  /** Human format, e.g. `138 1234 5678`, `010-1234 5678`, `400-812-3456`. */
  display: string;
}

/** The metadata file in the format `libphonenumber-js/core` functions take as their last argument. */
export const cnMetadata = cnMetadataJson as unknown as MetadataJson;

// Metadata's typings stop at possibleLengths(); type(name).pattern() is the library's own accessor
// for the per-type patterns (used by its isValid/getType). A metadata upgrade is caught by the tests.
interface TypedNumberingPlan {
  type(name: string): { pattern(): string } | undefined;
}

function cnPattern(type: string): RegExp {
  const md = new Metadata(cnMetadata);
  md.selectNumberingPlan('CN');
  const source = (md.numberingPlan as unknown as TypedNumberingPlan).type(type)?.pattern();
  if (!source) throw new Error(`libphonenumber CN metadata has no ${type} pattern`);
  return new RegExp(`^(?:${source})$`);
}

const MOBILE = cnPattern('MOBILE');
const FIXED_LINE = cnPattern('FIXED_LINE');
const TOLL_FREE = cnPattern('TOLL_FREE');
// libphonenumber files 400, 950…, 1010… and area code + 96xxx under SHARED_COST (Google's "UAN").
const SHARED_COST = cnPattern('SHARED_COST');

// FACTS §4: 162/165/167/170/171 are virtual-operator segments (192 is a full operator).
const VIRTUAL = /^1(?:6[257]|7[01])/;
// 3-digit emergency/public numbers and 5-digit 100xx (carriers), 121xx (emergency SMS, weather),
// 123xx (government public service: 12321, 12345, 12368, 12378 …), 125xx (carrier services), 11185.
const SHORT = /^(?:11[02479]|12[0-2]|1(?:00|2[135])\d\d|11185)$/;
// 95xxx national and 96xxx local service numbers, 5 or 6 digits (96110 is the anti-fraud line).
const SERVICE = /^9[56]\d{3,4}$/;
// Bulk enterprise SMS ports: 106 + carrier/enterprise digits, 8 to 20 digits in all.
const SMS_PORT = /^106\d{5,17}$/;

const callingCodes: Record<string, number[]> = (
  callingCodesJson as { codes: Record<string, number[]> }
).codes;

/** How the digits were written, which decides which readings are allowed. */
export interface ClassifyOptions {
  /** A `+`/`＋` was written before the digits. */
  plus: boolean;
  /** `00` may be read as an international prefix for any country (always fine for `0086`). */
  allowIdd: boolean;
}

/** The 2- or 3-digit area code length of a national fixed-line number (10, 2x; others 3). */
function areaLength(n: string): number {
  const c = n.charCodeAt(0);
  return c === 0x31 || c === 0x32 ? 2 : 3;
}

function mobile(n: string): ClassifiedPhone {
  return { key: `+86${n}`, kind: VIRTUAL.test(n) ? 'virtual' : 'mobile' };
}

/** An area code + subscriber number that FIXED_LINE or SHARED_COST accepted. */
function areaNumber(n: string): ClassifiedPhone {
  const sub = n.length - areaLength(n);
  // Local 95xxx/96xxx and 100xx/123xx numbers written with their area code: still dialled numbers,
  // not subscriber lines, so they keep the digits as dialled.
  if (sub <= 6) {
    const c = n.charCodeAt(n.length - sub);
    const c1 = n.charCodeAt(n.length - sub + 1);
    if (c === 0x39 && (c1 === 0x35 || c1 === 0x36)) return { key: `0${n}`, kind: 'service' };
    if (c === 0x31) return { key: `0${n}`, kind: 'short' };
  }
  return { key: `+86${n}`, kind: 'landline' };
}

const hotline = (n: string): ClassifiedPhone => ({ key: n, kind: 'hotline' });
const service = (n: string): ClassifiedPhone => ({ key: n, kind: 'service' });

/**
 * A Chinese national significant number (no trunk 0, no +86), reached with the trunk prefix `0`
 * or after +86: mobile, landline, and the area-code forms of service numbers.
 */
function classifyCnNational(n: string, afterCountryCode: boolean): ClassifiedPhone | null {
  const len = n.length;
  if (len < 7 || len > 12) return null;
  const first = n.charCodeAt(0);
  if (first === 0x31 && len === 11 && MOBILE.test(n)) return mobile(n);
  // 400…, 950… and the 8-digit 1010… numbers have no area code (10-digit 1010… is Beijing 10 + 10…).
  const nonGeographic =
    n.startsWith('400') || n.startsWith('950') || (len === 8 && n.startsWith('1010'));
  if (!nonGeographic && FIXED_LINE.test(n)) return areaNumber(n);
  if (SHARED_COST.test(n)) {
    if (!nonGeographic) return areaNumber(n);
    // 400/950/1010 numbers are dialled without a trunk 0; only +86 may precede them.
    if (!afterCountryCode) return null;
    return n.startsWith('400') ? hotline(n) : service(n);
  }
  if (afterCountryCode && len === 10 && TOLL_FREE.test(n)) return hotline(n);
  return null;
}

/** Digits dialled inside China with no prefix at all. */
function classifyDomestic(d: string): ClassifiedPhone | null {
  const len = d.length;
  const first = d.charCodeAt(0);
  if (first === 0x30) return len >= 8 ? classifyCnNational(d.slice(1), false) : null;
  if (first === 0x31) {
    // 11 digits is a mobile, or a 106 port of the same length (1069… is never a mobile range).
    if (len === 11 && MOBILE.test(d)) return mobile(d);
    if (len <= 5) return SHORT.test(d) ? { key: d, kind: 'short' } : null;
    if (SMS_PORT.test(d)) return { key: d, kind: 'sms_port' };
    if (len === 8 && SHARED_COST.test(d)) return service(d); // 1010xxxx
    return null;
  }
  if (first === 0x39) {
    if (len <= 6) return SERVICE.test(d) ? service(d) : null;
    return d.startsWith('950') && SHARED_COST.test(d) ? service(d) : null;
  }
  if (len === 10 && (first === 0x34 || first === 0x38)) {
    if (d.startsWith('400') && SHARED_COST.test(d)) return hotline(d);
    if (d.startsWith('800') && TOLL_FREE.test(d)) return hotline(d);
  }
  return null;
}

/** `cc` + national digits after `+` or `00` for a country other than China. */
function classifyIntl(d: string): ClassifiedPhone | null {
  // E.164 allows 15 digits. Below 8 a `+` and digits in Chinese text is a score or a count far more
  // often than one of the few 7-digit island numbers (Niue, Tristan da Cunha), so those are not read.
  if (d.length < 8 || d.length > 16) return null;
  for (let ccLen = 1; ccLen <= 3; ccLen++) {
    const cc = d.slice(0, ccLen);
    const lengths = callingCodes[cc];
    if (!lengths) continue; // calling codes are prefix-free: at most one length matches
    let national = d.slice(ccLen);
    // "+44 (0)20 …": a written trunk 0 is not part of E.164 unless the country keeps it (Italy).
    if (!lengths.includes(national.length) && national.startsWith('0')) national = national.slice(1);
    if (!lengths.includes(national.length) || cc.length + national.length > 15) return null;
    return { key: `+${cc}${national}`, kind: 'intl' };
  }
  return null;
}

/**
 * Classify ASCII digits `d` written as one number. Handles the prefixes `+86`, `0086`, `86`
 * (mobile/landline only, the weak form), `+`/`00` + other calling codes, and the trunk `0`.
 */
export function classifyDigits(d: string, opts: ClassifyOptions): ClassifiedPhone | null {
  const len = d.length;
  if (len < 3 || len > 20) return null;
  if (opts.plus) {
    if (d.startsWith('86')) return classifyAfter86(d.slice(2), true);
    return classifyIntl(d);
  }
  if (d.charCodeAt(0) === 0x30 && d.charCodeAt(1) === 0x30) {
    if (d.startsWith('0086')) return classifyAfter86(d.slice(4), true);
    return opts.allowIdd ? classifyIntl(d.slice(2)) : null;
  }
  if (d.charCodeAt(0) === 0x38 && d.charCodeAt(1) === 0x36 && len >= 12 && len <= 14) {
    const cn = classifyAfter86(d.slice(2), false);
    return cn && (cn.kind === 'mobile' || cn.kind === 'virtual' || cn.kind === 'landline')
      ? cn
      : null;
  }
  return classifyDomestic(d);
}

function classifyAfter86(n: string, strong: boolean): ClassifiedPhone | null {
  // "+86 (0)20 …" and "+86 020 …": the trunk 0 is often written after the country code.
  const national = n.charCodeAt(0) === 0x30 ? n.slice(1) : n;
  return classifyCnNational(national, strong);
}

function groupSubscriber(sub: string): string {
  if (sub.length === 8) return `${sub.slice(0, 4)} ${sub.slice(4)}`;
  if (sub.length === 7) return `${sub.slice(0, 3)} ${sub.slice(3)}`;
  return sub;
}

/**
 * The human form of a classified number. Derived from key and kind alone, so the scanner never
 * builds display strings it would throw away, and a stored key can be shown without its source.
 */
export function displayOf({ key, kind }: ClassifiedPhone): string {
  switch (kind) {
    case 'mobile':
    case 'virtual': {
      const n = key.slice(3);
      return `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`;
    }
    case 'landline': {
      const n = key.slice(3);
      const a = areaLength(n);
      return `0${n.slice(0, a)}-${groupSubscriber(n.slice(a))}`;
    }
    case 'hotline':
      return `${key.slice(0, 3)}-${key.slice(3, 6)}-${key.slice(6)}`;
    case 'service':
    case 'short': {
      // Area code + local number ("0571-96345") keeps its area code visibly apart.
      if (key.charCodeAt(0) !== 0x30) return key;
      const a = areaLength(key.slice(1)) + 1;
      return `${key.slice(0, a)}-${key.slice(a)}`;
    }
    case 'intl': {
      const d = key.slice(1);
      for (let ccLen = 1; ccLen <= 3; ccLen++) {
        if (callingCodes[d.slice(0, ccLen)]) return `+${d.slice(0, ccLen)} ${d.slice(ccLen)}`;
      }
      return key;
    }
    default:
      return key;
  }
}
