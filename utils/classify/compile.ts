// Compiles lexicon patterns into regular expressions that also accept the spellings collectors use
// for a word's characters (variants.ts), and finds their matches in folded text (normalize.ts).
import { variantsOf } from './variants';

const CJK = /[\u3400-\u9fff]/;
const LATIN = /[a-z]/;

function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

function escapeClassChars(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}

/**
 * Rewrites a regular-expression source so that every CJK character with known variants also
 * matches them: outside a character class 逾 becomes `(?:[逾愉渝…]|yu|y)`; inside a class only the
 * single-character variants are added.
 */
export function expandVariants(source: string, withLatin = true): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      const v = isCjk(ch) ? variantsOf(ch) : undefined;
      out += v ? escapeClassChars(v.chars) : ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      // A leading ^ or ] belongs to the class syntax, copy it as is.
      if (source[i + 1] === '^') { out += '^'; i++; }
      continue;
    }
    const v = isCjk(ch) ? variantsOf(ch) : undefined;
    if (!v) {
      out += ch;
      continue;
    }
    const chars = v.chars.length > 1 ? `[${escapeClassChars(v.chars)}]` : v.chars;
    out += withLatin && v.latin.length ? `(?:${[chars, ...v.latin].join('|')})` : chars;
  }
  return out;
}

export interface Matcher {
  re: RegExp;
  /**
   * The same pattern without the pinyin alternatives, for text with no Latin letters at all (most
   * messages): single-character classes let the regex engine skip ahead far faster.
   */
  reNoLatin: RegExp;
  /** Latin words the pattern spells out itself (hr, sb, hk, txl): all-Latin matches it intends. */
  latinWords: Set<string>;
}

export function compile(source: string): Matcher {
  const literal = source.replace(/\\[a-zA-Z]/g, ' ').match(/[a-z]+/g) ?? [];
  return {
    re: new RegExp(expandVariants(source, true), 'g'),
    reNoLatin: new RegExp(expandVariants(source, false), 'g'),
    latinWords: new Set(literal),
  };
}

/**
 * Where the folded text was split in the original (a space or padding between two folded units):
 * `gap(i)` is true when unit i did not follow unit i-1 directly. Folding drops the spaces of
 * `ni ge lao lai`, but they still separate Latin words.
 */
export type Gap = (i: number) => boolean;

/** A match's Latin edges must not cut through a longer Latin word (`hk` inside `hkd`). */
function latinEdgesOk(text: string, start: number, end: number, gap?: Gap): boolean {
  if (LATIN.test(text[start] ?? '') && LATIN.test(text[start - 1] ?? '') && !gap?.(start)) return false;
  if (LATIN.test(text[end - 1] ?? '') && LATIN.test(text[end] ?? '') && !gap?.(end)) return false;
  return true;
}

function acceptable(m: Matcher, text: string, start: number, end: number, gap?: Gap): boolean {
  if (end <= start) return false;
  if (!latinEdgesOk(text, start, end, gap)) return false;
  const s = text.slice(start, end);
  // Digits and punctuation alone (96110) are what the pattern spelled; only Latin can be pinyin.
  if (CJK.test(s) || !LATIN.test(s) || m.latinWords.has(s)) return true;
  // An all-Latin match is pinyin for the whole phrase. Whole syllables (zhaiwu, yuqi) are deliberate;
  // two or three initials (cs) are as likely to be anything, so abbreviations such as hk = 还款 are
  // accepted only where a pattern spells them out.
  return s.replace(/[^a-z]/g, '').length >= 4;
}

/**
 * Every acceptable match of `m` in `text` as [start, end) pairs, scanning left to right.
 * `hasLatin`: whether the text has any Latin letter (computed once per message by the caller).
 */
export function findAll(m: Matcher, text: string, hasLatin = LATIN.test(text), gap?: Gap): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const re = hasLatin ? m.re : m.reNoLatin;
  re.lastIndex = 0;
  let r: RegExpExecArray | null;
  while ((r = re.exec(text)) !== null) {
    const start = r.index;
    const end = start + r[0].length;
    if (acceptable(m, text, start, end, gap)) {
      found.push([start, end]);
      re.lastIndex = end > start ? end : start + 1;
    } else {
      re.lastIndex = start + 1;
    }
  }
  return found;
}
