/**
 * The text a record's seal is the SHA-256 of: the canonical JSON (canonical.ts) of its SEALED_*_FIELDS,
 * built for the one shape sealed records have — a flat object of strings and numbers whose keys are
 * known in advance and sorted once. The generic canonicalJson sorts keys per record and builds an
 * object per record to do it, which made sealing an import and checking a restore slow; both use this
 * instead. tests/unit/export.test.ts checks it against canonicalJson.
 */
import { sha256HexOfText } from './canonical';
import { SEALED_CALL_FIELDS, SEALED_MESSAGE_FIELDS, type CapturedCall, type CapturedMessage } from './types';

// Default sort compares UTF-16 code units, as canonical JSON requires.
const MESSAGE_KEYS = [...SEALED_MESSAGE_FIELDS].sort();
const CALL_KEYS = [...SEALED_CALL_FIELDS].sort();
const QUOTED = new Map<string, string>([...MESSAGE_KEYS, ...CALL_KEYS].map((k) => [k, JSON.stringify(k)]));

/** The canonical JSON of a record's sealed fields: exactly the text its hash is computed over. */
export function sealedLine(r: CapturedMessage | CapturedCall): string {
  const keys = r.kind === 'message' ? MESSAGE_KEYS : CALL_KEYS;
  const source = r as unknown as Record<string, unknown>;
  let out = '{';
  for (const k of keys) {
    const v = source[k];
    if (v === undefined) continue;
    if (typeof v === 'number' && !Number.isFinite(v)) throw new TypeError('non-finite number');
    if (typeof v === 'object' && v !== null) throw new TypeError(`sealed field ${k} is not a plain value`);
    out += `${out.length > 1 ? ',' : ''}${QUOTED.get(k)}:${JSON.stringify(v)}`;
  }
  return `${out}}`;
}

/** The seal: SHA-256 of the sealed line's UTF-8 bytes, hex. Synchronous: a record is a few hundred bytes. */
export function sealHashOf(r: CapturedMessage | CapturedCall): string {
  return sha256HexOfText(sealedLine(r));
}
