// Text normalization for matching, with a map back to the original text.
//
// Collectors write to slip past carrier filters: 通 讯 录, 逾\u200b期, ｙｕ期, 無賴, ⼈ (a Kangxi radical
// that looks like 人). Matching runs on a folded copy of the text; every folded UTF-16 unit remembers
// the range of the original it came from, so a hit found in the folded copy highlights the exact
// original characters (including any spaces or zero-width characters the collector slipped in).
//
// What folding does, per code point of the original:
// - drops zero-width and format characters, variation selectors, emoji and other symbols, except a
//   few emoji that stand for an abusive word or a weapon (🐶 → 狗, 🔪 → 刀);
// - drops spaces and the symbols used as in-word padding (· * _ - | / ~ …), but keeps clause
//   punctuation (，。！？；： map to ASCII , . ! ? ; : via NFKC, plus 。、) and newlines, because
//   rules read context up to the end of a clause;
// - NFKC (full-width letters/digits, circled digits, Kangxi radicals, compatibility ideographs);
// - lower-cases Latin letters and folds Cyrillic/Greek look-alikes of Latin letters (pinyin evasion);
// - traditional → simplified characters (t2s.ts) and a few look-alike characters (你 → 你).
// Pinyin and homophones are context-dependent, so they are handled by the phrase compiler
// (lexicon.ts), not here.
import { TRAD_TO_SIMP } from './t2s';

export interface Normalized {
  /** The folded text that rules match against. */
  text: string;
  /** For folded unit i: index in the original where its source code point starts. */
  starts: Uint32Array;
  /** For folded unit i: index in the original just past its source code point. */
  ends: Uint32Array;
}

// Characters used as in-word padding or decoration: removed wherever they occur.
const PADDING = new Set<number>(
  Array.from(' \t\r\f\v\u00a0\u3000·•・‧∙⋅*_-‐‑‒–—―~～|｜/\\^`＊＿－／＼+=#@$&%<>[]{}°×')
    .map((c) => c.codePointAt(0)!),
);

// Look-alike characters that are not traditional forms and have no everyday use of their own.
const LOOKALIKE = new Map<number, number>(
  [
    ['沵', '你'], ['伱', '你'], ['妳', '你'], ['祢', '你'], ['尓', '你'],
    ['莪', '我'], ['硪', '我'], ['芣', '不'], ['菿', '到'], ['侢', '在'], ['吥', '不'],
    // Latin look-alikes from Cyrillic and Greek, used to break up pinyin.
    ['а', 'a'], ['е', 'e'], ['о', 'o'], ['р', 'p'], ['с', 'c'], ['х', 'x'], ['у', 'y'], ['і', 'i'],
    ['ј', 'j'], ['ѕ', 's'], ['ԛ', 'q'], ['ԝ', 'w'], ['ο', 'o'], ['α', 'a'], ['ι', 'i'], ['κ', 'k'],
    ['ν', 'v'], ['τ', 't'], ['υ', 'u'], ['ρ', 'p'],
  ].map(([a, b]) => [a!.codePointAt(0)!, b!.codePointAt(0)!]),
);

// Emoji that stand for an abusive word or a weapon (你这个🐶东西, 草泥🐴, 🔪了你): folded to the word, the
// rest of the emoji are dropped. Only pictures with one plain reading in abuse are listed.
const EMOJI_WORDS = new Map<number, string>(
  [
    ['🐶', '狗'], ['🐕', '狗'], ['🐩', '狗'], ['🐷', '猪'], ['🐖', '猪'], ['🐽', '猪'], ['💩', '屎'], ['🐢', '龟'],
    ['🐀', '鼠'], ['🐁', '鼠'], ['🐭', '鼠'], ['🐍', '蛇'], ['🤡', '小丑'], ['🔪', '刀'], ['🗡', '刀'], ['💀', '死'],
    ['☠', '死'], ['⚰', '棺材'], ['🐴', '马'], ['🐎', '马'], ['🌿', '草'], ['🐛', '虫'], ['🪳', '蟑螂'],
  ].map(([e, w]) => [e!.codePointAt(0)!, w!]),
);

const SYMBOL_RE = /[\p{Extended_Pictographic}\p{So}\p{Sk}\p{Cf}\p{Mn}\p{Me}\p{Co}]/u;

function isDropped(cp: number): boolean {
  if (PADDING.has(cp)) return true;
  // Zero-width, bidi controls and variation selectors (the common evasion characters, fast path).
  if ((cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x206f)) {
    return true;
  }
  if (cp === 0xfeff || cp === 0x00ad || cp === 0x180e || cp === 0x034f) return true;
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return true;
  return false;
}

/** Folds one code point that survived NFKC. Returns -1 to drop it. */
function foldCodePoint(cp: number): number {
  if (cp < 0x10000) {
    const f = FOLD_BMP[cp]!;
    return f === DROP ? -1 : f;
  }
  return foldSlow(cp);
}

function foldSlow(cp: number): number {
  if (cp >= 0x41 && cp <= 0x5a) return cp + 32;
  if (cp < 0x80) return PADDING.has(cp) ? -1 : cp;
  if (isDropped(cp)) return -1;
  const simp = TRAD_TO_SIMP.get(cp);
  if (simp !== undefined) return simp;
  const look = LOOKALIKE.get(cp);
  if (look !== undefined) return look;
  return cp;
}

// The BMP part of foldSlow as a table: one array read per character on the hot path.
const DROP = 0xffff;
const FOLD_BMP: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) {
    const f = cp >= 0xd800 && cp <= 0xdfff ? cp : foldSlow(cp);
    table[cp] = f < 0 ? DROP : f;
  }
  return table;
})();

/** True for code points NFKC may change: outside ASCII and the unified CJK block. */
function mayNeedNfkc(cp: number): boolean {
  return cp >= 0x80 && !(cp >= 0x4e00 && cp <= 0x9fff) && cp !== 0x3001 && cp !== 0x3002;
}

const DOT = 0x2e;
const isCjkUnit = (u: number | undefined) => u !== undefined && u >= 0x3400 && u <= 0x9fff;
/**
 * 通.讯.录: a dot between two ideographs is padding (a decimal point sits between digits and stays).
 * `next` is the index of the original character after the dot.
 */
function inWordDot(out: number[], n: number, original: string, next: number): boolean {
  return n > 0 && isCjkUnit(out[n - 1]) && isCjkUnit(original.charCodeAt(next));
}

/** Folds `original` for matching; see the file comment for what is folded. */
export function normalize(original: string): Normalized {
  const len = original.length;
  const out: number[] = [];
  let starts = new Uint32Array(len + 16);
  let ends = new Uint32Array(len + 16);
  let n = 0;

  const unit = (u: number, s: number, e: number) => {
    if (n === starts.length) {
      // NFKC can expand one code point into many (㍿ → 株式会社): grow the map when it does.
      const bigger = (a: Uint32Array) => { const b = new Uint32Array(a.length * 2); b.set(a); return b; };
      starts = bigger(starts);
      ends = bigger(ends);
    }
    out.push(u);
    starts[n] = s;
    ends[n] = e;
    n++;
  };
  const push = (cp: number, s: number, e: number) => {
    if (cp > 0xffff) {
      // Astral code points that survive folding (rare CJK extensions) keep both surrogates.
      unit(0xd800 + ((cp - 0x10000) >> 10), s, e);
      unit(0xdc00 + ((cp - 0x10000) & 0x3ff), s, e);
    } else {
      unit(cp, s, e);
    }
  };

  for (let i = 0; i < len; ) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const s = i;
    const e = i + width;
    i = e;

    if (!mayNeedNfkc(cp)) {
      const f = foldCodePoint(cp);
      if (f === DOT && inWordDot(out, n, original, i)) continue;
      if (f >= 0) push(f, s, e);
      continue;
    }
    if (isDropped(cp)) continue;
    const word = EMOJI_WORDS.get(cp);
    if (word !== undefined) {
      for (let k = 0; k < word.length; k++) unit(word.charCodeAt(k), s, e);
      continue;
    }
    // NFKC first: Kangxi radicals (⼈) are symbols until NFKC turns them into the ideographs they mimic.
    const nf = String.fromCodePoint(cp).normalize('NFKC');
    for (let j = 0; j < nf.length; ) {
      const c2 = nf.codePointAt(j)!;
      j += c2 > 0xffff ? 2 : 1;
      if (mayNeedNfkc(c2) && SYMBOL_RE.test(String.fromCodePoint(c2))) continue;
      const f = foldCodePoint(c2);
      if (f === DOT && inWordDot(out, n, original, i)) continue;
      if (f >= 0) push(f, s, e);
    }
  }

  // String.fromCharCode over chunks: faster than joining per-character strings.
  let text = '';
  for (let k = 0; k < out.length; k += 4096) {
    text += String.fromCharCode.apply(null, out.slice(k, k + 4096));
  }
  return { text, starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** Maps a [start, end) range of the folded text back to the original text. */
export function toOriginal(norm: Normalized, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < norm.starts.length ? norm.starts[start]! : (norm.ends[norm.ends.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: norm.starts[start]!, end: norm.ends[end - 1]! };
}
