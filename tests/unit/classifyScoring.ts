// Shared by the classifier's labelled-set tests: reading a JSONL set and scoring one label.
import { readFileSync } from 'node:fs';
import type { Violation } from '../../utils/classify';

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
