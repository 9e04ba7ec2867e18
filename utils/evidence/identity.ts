import type { CapturedCall, CapturedMessage, TimePrecision } from './types';
import { sha256Hex } from './canonical';

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
  const hash = (seed: number) => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < base.length; i++) {
      const c = base.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  };
  return `${hash(1).toString(36)}.${hash(2).toString(36)}`;
}

/**
 * Identity keys for a batch, in order. Identical records within the batch get ordinals 0, 1, 2 …
 * so recapturing the same conversation yields the same keys again. A capture or import sent in
 * several batches passes one `seen` map through all of them, so ordinals count across the whole
 * capture, not per batch (utils/import/session.ts).
 */
export async function identityKeys(
  batch: ReadonlyArray<CapturedMessage | CapturedCall>,
  seen: Map<string, number> = new Map(),
): Promise<string[]> {
  return Promise.all(
    batch.map((r) => {
      const base = identityBase(r);
      const key = ordinalKey(base);
      const ordinal = seen.get(key) ?? 0;
      seen.set(key, ordinal + 1);
      return sha256Hex(`${base}\u001f${ordinal}`).then((h) => `${r.kind === 'message' ? 'm' : 'c'}_${h.slice(0, 32)}`);
    }),
  );
}
