import type { CapturedCall, CapturedMessage, TimePrecision } from './types';
import { sha256HexOfText } from './canonical';

/**
 * What makes two records the same (documented in docs/ARCHITECTURE.md §Identity):
 * same kind, same number key, same direction, same time at the coarser precision the sources share
 * (pages show minutes, backups milliseconds: both are floored to the minute; day-only times to the
 * Beijing day), same text after whitespace is collapsed (pages and backups render line breaks
 * differently), and the same ordinal among identical records in one capture — collectors do send the
 * same text twice in a minute, and those are two pieces of evidence, not one.
 * Source, capture time and raw time text are deliberately not part of identity: a web capture and a
 * backup of the same SMS are one message.
 */
const MINUTE = 60_000;
const DAY = 86_400_000;
const BEIJING_OFFSET = 8 * 3_600_000;

export function timeBucket(at: number, precision: TimePrecision): string {
  if (precision === 'day') return `d${Math.floor((at + BEIJING_OFFSET) / DAY)}`;
  return `m${Math.floor(at / MINUTE)}`;
}

export function normalizeForIdentity(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

function identityBase(r: CapturedMessage | CapturedCall): string {
  const parts: Array<string | number> = [r.kind, r.number, r.direction, timeBucket(r.at, r.atPrecision)];
  if (r.kind === 'message') parts.push(r.channel, normalizeForIdentity(r.text));
  else parts.push(r.text ? normalizeForIdentity(r.text) : '');
  return parts.join('\u001f');
}

/**
 * What the ordinal counter is keyed by: two 53-bit hashes (cyrb53, two seeds) of the base instead of
 * the base itself, which holds the whole message text. An import keeps one counter per distinct
 * record until it commits, so keyed by the bases it kept every text of the file alive a second time.
 * A collision (odds about 1e-20 at a million records) would only shift one record's ordinal.
 */
function ordinalKey(base: string): string {
  // cyrb53 (public domain), seeds 1 and 2, both in one pass over the text.
  let a1 = 0xdeadbeef ^ 1;
  let a2 = 0x41c6ce57 ^ 1;
  let b1 = 0xdeadbeef ^ 2;
  let b2 = 0x41c6ce57 ^ 2;
  for (let i = 0; i < base.length; i++) {
    const c = base.charCodeAt(i);
    a1 = Math.imul(a1 ^ c, 2654435761);
    a2 = Math.imul(a2 ^ c, 1597334677);
    b1 = Math.imul(b1 ^ c, 2654435761);
    b2 = Math.imul(b2 ^ c, 1597334677);
  }
  const finish = (h1: number, h2: number) => {
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  };
  return `${finish(a1, a2)}.${finish(b1, b2)}`;
}

/**
 * The identity key of one record. Identical records get ordinals 0, 1, 2 … in the order they come,
 * counted in `seen`, so recapturing the same conversation yields the same keys again. A capture or
 * import sent in several batches passes one `seen` map through all of them, so ordinals count across
 * the whole capture, not per batch (utils/import/session.ts).
 */
export function identityKey(r: CapturedMessage | CapturedCall, seen: Map<string, number>): string {
  const base = identityBase(r);
  const key = ordinalKey(base);
  const ordinal = seen.get(key) ?? 0;
  seen.set(key, ordinal + 1);
  return `${r.kind === 'message' ? 'm' : 'c'}_${sha256HexOfText(`${base}\u001f${ordinal}`).slice(0, 32)}`;
}
