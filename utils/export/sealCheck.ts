/**
 * Checking seals in bulk (restore, bundles). Same bytes as utils/evidence/seal.ts — canonical JSON of
 * the SEALED_*_FIELDS, SHA-256 — but built for the one shape sealed records have (a flat object of
 * strings and numbers, keys known in advance and sorted once) and hashed synchronously: the generic
 * canonicalJson sorts keys per record and verifySeal allocates a promise per record, which made seal
 * checking most of a 100,000-record restore. tests/unit/export.test.ts checks both agree.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../evidence/canonical';
import { SEALED_CALL_FIELDS, SEALED_MESSAGE_FIELDS, type EvidenceRecord } from '../evidence/types';

// Default sort compares UTF-16 code units, as canonical JSON requires.
const MESSAGE_KEYS = [...SEALED_MESSAGE_FIELDS].sort();
const CALL_KEYS = [...SEALED_CALL_FIELDS].sort();
const QUOTED = new Map<string, string>([...MESSAGE_KEYS, ...CALL_KEYS].map((k) => [k, JSON.stringify(k)]));
const encoder = new TextEncoder();

/** The canonical JSON of a record's sealed fields: exactly the text its hash was computed over. */
export function sealedLine(r: EvidenceRecord): string {
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

export function sealHashSync(r: EvidenceRecord): string {
  return toHex(sha256(encoder.encode(sealedLine(r))));
}

/** Ids of the records whose sealed fields no longer match their hash. */
export function brokenSeals(records: Iterable<EvidenceRecord>): string[] {
  const broken: string[] = [];
  for (const r of records) if (sealHashSync(r) !== r.hash) broken.push(r.id);
  return broken;
}
