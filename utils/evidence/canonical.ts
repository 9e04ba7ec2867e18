/**
 * Canonical JSON: object keys sorted by UTF-16 code unit, no whitespace, `undefined` dropped.
 * The seal is defined on this form so that anyone can recompute it with a few lines in any language
 * (documented in docs/ARCHITECTURE.md and in every evidence report). `canonicalJson` is that
 * definition in general; sealing writes it for records with sealedLine.ts, and the tests check
 * that the two agree.
 */
import { sha256 } from '@noble/hashes/sha2.js';

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  const keys = Object.keys(value as Record<string, unknown>)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  for (let i = 0; i < view.length; i++) out += HEX[view[i]!];
  return out;
}

const encoder = new TextEncoder();
/** Below this, a synchronous digest beats Web Crypto's per-call round trip (records, identities). */
const SMALL = 64 * 1024;

/**
 * SHA-256 of a string's UTF-8 bytes, hex, synchronously with @noble/hashes (audited): records and
 * identities (sealedLine.ts, identity.ts) are a few hundred bytes, where Web Crypto's per-call promise
 * and thread hop cost more than the hash itself.
 */
export function sha256HexOfText(text: string): string {
  return toHex(sha256(encoder.encode(text)));
}

/**
 * SHA-256 of a string's UTF-8 bytes or of raw bytes, hex; same code in Node, pages and workers.
 * Small inputs with @noble/hashes, as above; files (attachments) go through Web Crypto, which is
 * faster for megabytes.
 */
export async function sha256Hex(data: string | Uint8Array | ArrayBuffer): Promise<string> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length <= SMALL) return toHex(sha256(bytes));
  return toHex(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
}
