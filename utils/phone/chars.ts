// Character classes shared by the scanner and the parser. Chinese pages mix ASCII and full-width
// forms freely (１３９…, －, （）), so every test here accepts both.

export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

export function isPlusCode(c: number): boolean {
  return c === 0x2b || c === 0xff0b;
}

// Kinds of separator that may sit between the digit groups of one written number.
export const SEP_SPACE = 1;
export const SEP_HYPHEN = 2;
export const SEP_DOT = 4;
export const SEP_BRACKET = 8;

/** Which separator kind a character is (0 when it is none): spaces, dashes, dots, brackets. */
export function separatorKind(c: number): number {
  switch (c) {
    case 0x20: // space
    case 0xa0: // no-break space (HTML &nbsp;)
    case 0x3000: // ideographic space
    case 0x2009: // thin space
    case 0x202f: // narrow no-break space
      return SEP_SPACE;
    case 0x2d: // -
    case 0x2010: // ‐
    case 0x2011: // ‑ (non-breaking hyphen)
    case 0x2012: // ‒
    case 0x2013: // –
    case 0x2014: // —
    case 0x2212: // −
    case 0xff0d: // －
      return SEP_HYPHEN;
    case 0x2e: // .
    case 0xff0e: // ．
      return SEP_DOT;
    case 0x28: // (
    case 0x29: // )
    case 0xff08: // （
    case 0xff09: // ）
      return SEP_BRACKET;
    default:
      return 0;
  }
}

export function isOpenBracket(c: number): boolean {
  return c === 0x28 || c === 0xff08;
}

export function isCloseBracket(c: number): boolean {
  return c === 0x29 || c === 0xff09;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/**
 * Full-width digits and plus signs to ASCII, everything else unchanged. Keys and comparisons must
 * not depend on which input method typed the number.
 */
export function normalizeDigits(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff10 && c <= 0xff19) || c === 0xff0b) {
      out += s.slice(last, i) + String.fromCharCode(c === 0xff0b ? 0x2b : c - 0xff10 + 0x30);
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}
