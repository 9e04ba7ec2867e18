// Shared by the classifier's labelled-set tests: reading a JSONL set and scoring one label.
import { readFileSync } from 'node:fs';
import { classifyMessage, type Classification, type Violation } from '../../utils/classify';

export interface Labeled { id: string; text: string; from?: string; at?: number; collection: boolean; violations: Violation[] }

export function loadLabeled(url: URL): Labeled[] {
  return readFileSync(url, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Labeled);
}

/** F1 over (expected, got) pairs; a label with no positives either way scores 1. */
export function f1(pairs: Array<[boolean, boolean]>): number {
  let tp = 0, fp = 0, fn = 0;
  for (const [expected, got] of pairs) {
    if (expected && got) tp++;
    else if (got) fp++;
    else if (expected) fn++;
  }
  return tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn);
}

export type Scored = Array<{ r: Labeled; got: Classification }>;

/** Each labelled message with what the shipped classifier makes of it. */
export function classifyAll(rows: Labeled[]): Scored {
  return rows.map((r) => ({ r, got: classifyMessage({ text: r.text, from: r.from, at: r.at }) }));
}

/** F1 of one label (`collection` or a violation) over classified messages. */
export function labelF1(results: Scored, label: string): number {
  const has = (c: { collection: boolean; violations: readonly string[] }) => (label === 'collection' ? c.collection : c.violations.includes(label));
  return f1(results.map(({ r, got }) => [has(r), has(got)]));
}
