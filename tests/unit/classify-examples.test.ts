// Regression guard on 342 messages written for this project (not the dev data): compliant and abusive
// collection in many wordings, evasion spellings, and harmless look-alikes, written from the issue's
// category descriptions in four rounds (a…, b…, c…, e…). Each round was scored before any rule was
// adjusted to it (first-pass figures in docs/CLASSIFY.md); after that the rules were widened, so this
// file now guards against regressions, it does not prove generality.
import { describe, expect, it } from 'vitest';
import { VIOLATIONS } from '../../utils/classify';
import { classifyAll, labelF1, loadLabeled } from './classifyScoring';


const rows = loadLabeled(new URL('./classify-examples.jsonl', import.meta.url));


describe('own labeled examples', () => {
  const results = classifyAll(rows);

  it('has a meaningful number of examples of every label', () => {
    expect(rows.length).toBeGreaterThan(340);
    for (const v of VIOLATIONS) expect(rows.filter((r) => r.violations.includes(v)).length, v).toBeGreaterThanOrEqual(8);
  });

  it('collection F1 ≥ 0.95', () => {
    expect(labelF1(results, 'collection')).toBeGreaterThanOrEqual(0.95);
  });

  it.each(VIOLATIONS.map((v) => [v]))('%s F1 ≥ 0.85', (v) => {
    expect(labelF1(results, v)).toBeGreaterThanOrEqual(0.85);
  });
});
