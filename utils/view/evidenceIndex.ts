/**
 * The dashboard's in-memory view of all messages and calls: one list, newest first, with search and
 * filters that stay fast at 100,000 records.
 *
 * Search (Chinese full text): every record gets one folded "haystack" string (NFKC, lower case,
 * whitespace and zero-width characters removed — collectors pad words with them — and traditional
 * characters mapped to simplified with the classifier's table) of its text, both
 * number forms, notes and tags; a query is folded the same way and found with `String#includes`.
 * A linear scan over ~6 M characters takes ~10–20 ms (measured in scripts/bench/dashboard.bench.mjs),
 * less than building or updating an n-gram index would cost, with no extra memory and no index to
 * keep consistent; Chinese needs no word segmentation for substring search. The haystack is built
 * when the page is idle after the list is shown (or by the first search). Filters are plain
 * comparisons on the same pass. Violation filters use a bit mask per record filled in by the
 * classification worker (classification is ~100 µs a message, too slow for the page's thread).
 */
import type { Violation } from '../classify/types';
import { TRAD_TO_SIMP } from '../classify/t2s';
import { VIOLATIONS } from '../classify/types';
import type { EvidenceRecord } from '../evidence/types';

const INVISIBLE = /[\s\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/gu;

// One character class of every traditional character the classifier knows: V8 scans with it far
// faster than a per-character map lookup, and only actual traditional characters are replaced.
const TRADITIONAL = new RegExp(`[${[...TRAD_TO_SIMP.keys()].map((c) => String.fromCharCode(c)).join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'g');
const toSimplified = (ch: string) => String.fromCharCode(TRAD_TO_SIMP.get(ch.charCodeAt(0))!);

/** NFKC (full-width → ASCII), lower case, invisible padding removed, traditional → simplified. */
export function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(INVISIBLE, '').replace(TRADITIONAL, toSimplified);
}

export const VIOLATION_BIT: Record<Violation, number> = Object.fromEntries(VIOLATIONS.map((v, i) => [v, 1 << i])) as Record<Violation, number>;

export function maskOf(violations: readonly Violation[]): number {
  let m = 0;
  for (const v of violations) m |= VIOLATION_BIT[v];
  return m;
}

export function violationsOfMask(mask: number): Violation[] {
  return VIOLATIONS.filter((v) => mask & VIOLATION_BIT[v]);
}

export interface Filters {
  query?: string;
  /** Number key (exact). */
  number?: string;
  /** Case id; 0 = records without a case. */
  caseId?: number;
  violation?: Violation;
  /** `in`/`out` for messages; call directions as stored; `call`/`message` for the kind. */
  direction?: string;
  kind?: 'message' | 'call';
  source?: string;
  /** UTC ms, inclusive from, exclusive to. */
  from?: number;
  to?: number;
}

export class EvidenceIndex {
  readonly records: EvidenceRecord[];
  /** Folded search text per record, built on first search or when the page is idle (prepareSearch). */
  private hay: string[] | null = null;
  /** Violation bits per record; `classified[i]` says whether the bits are known yet. */
  readonly masks: Uint8Array;
  readonly classified: Uint8Array;
  private readonly byId = new Map<string, number>();

  constructor(records: EvidenceRecord[]) {
    this.records = records.slice().sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
    this.masks = new Uint8Array(this.records.length);
    this.classified = new Uint8Array(this.records.length);
    this.records.forEach((r, i) => this.byId.set(r.id, i));
  }

  /** Builds the search text now (the first search would otherwise pay for it). */
  prepareSearch(): void {
    this.hay ??= this.records.map((r) => fold(`${r.text}\u0001${r.numberRaw}\u0001${r.number}\u0001${r.notes}\u0001${r.tags.join(' ')}`));
  }

  get size(): number {
    return this.records.length;
  }

  indexOf(id: string): number {
    return this.byId.get(id) ?? -1;
  }

  setMask(id: string, mask: number): void {
    const i = this.byId.get(id);
    if (i === undefined) return;
    this.masks[i] = mask;
    this.classified[i] = 1;
  }

  /** How many records have been classified so far. */
  classifiedCount(): number {
    let n = 0;
    for (let i = 0; i < this.classified.length; i++) n += this.classified[i]!;
    return n;
  }

  /** Indices of matching records, newest first. */
  filter(f: Filters): Int32Array {
    const q = f.query ? fold(f.query) : '';
    if (q) this.prepareSearch();
    const hay = this.hay!;
    const bit = f.violation ? VIOLATION_BIT[f.violation] : 0;
    const out = new Int32Array(this.records.length);
    let n = 0;
    for (let i = 0; i < this.records.length; i++) {
      const r = this.records[i]!;
      if (f.number && r.number !== f.number) continue;
      if (f.caseId !== undefined && (r.caseId ?? 0) !== f.caseId) continue;
      if (f.kind && r.kind !== f.kind) continue;
      if (f.direction && r.direction !== f.direction) continue;
      if (f.source && r.source !== f.source) continue;
      if (f.from !== undefined && r.at < f.from) continue;
      if (f.to !== undefined && r.at >= f.to) continue;
      if (bit && !(this.masks[i]! & bit)) continue;
      if (q && !hay[i]!.includes(q)) continue;
      out[n++] = i;
    }
    return out.slice(0, n);
  }

  /** Distinct values for the filter menus. */
  facets(): { numbers: Array<[string, number]>; sources: string[] } {
    const numbers = new Map<string, number>();
    const sources = new Set<string>();
    for (const r of this.records) {
      numbers.set(r.number, (numbers.get(r.number) ?? 0) + 1);
      sources.add(r.source);
    }
    return { numbers: [...numbers].sort((a, b) => b[1] - a[1]), sources: [...sources].sort() };
  }
}
